// Gunicorn's process management with node:cluster: N workers share the port; each recycles
// after a jittered request count; a worker that stops heartbeating is killed and replaced.
// For VMs and plain Compose only: in Kubernetes run one process per container. This file is
// also the entry (`node cluster-primary.ts`): primary and workers run it. Node only.
import cluster, { type Worker } from 'node:cluster'
import { Hono } from 'hono'
import { productionServer, startServer } from './server-config.ts'

export interface ClusterSettings {
  workers: number, maxRequests: number, jitter: number // --workers, --max-requests(-jitter)
  timeoutMs: number, heartbeatMs: number, gracefulTimeoutMs: number // --timeout, --graceful-timeout
}
export const gunicornLike: ClusterSettings = { workers: 4, maxRequests: 10_000, jitter: 1_000,
  timeoutMs: 120_000, heartbeatMs: 5_000, gracefulTimeoutMs: 30_000 }

type Message = { type: 'heartbeat' } | { type: 'recycle', served: number }
const isMessage = (m: unknown): m is Message => typeof m === 'object' && m !== null && 'type' in m

/** Between max - jitter and max + jitter, so workers never restart together. */
export const recycleAfter = (max: number, jitter: number, random = Math.random) =>
  max - jitter + Math.floor(random() * (2 * jitter + 1))

export function startPrimary(s: ClusterSettings, log: (line: string) => void = console.log) {
  const lastBeat = new Map<Worker, number>() // armed after the first heartbeat (boot is slow)
  let stopping = false
  // #region recycle
  const fork = (): Worker => {
    const worker = cluster.fork({ MAX_REQUESTS: String(recycleAfter(s.maxRequests, s.jitter)),
      HEARTBEAT_MS: String(s.heartbeatMs) })
    worker.once('listening', () => log(`worker ${worker.id} ready`))
    worker.on('message', (m: unknown) => {
      if (isMessage(m) && m.type === 'heartbeat') lastBeat.set(worker, Date.now())
      if (isMessage(m) && m.type === 'recycle') {
        log(`recycle worker ${worker.id} after ${m.served} requests`)
        fork().once('listening', () => retire(worker)) // replacement first: never 0 listeners
      }
    })
    worker.on('exit', () => { // crashed (not retired by us): replace it
      lastBeat.delete(worker)
      if (!worker.exitedAfterDisconnect && !stopping) { log(`worker ${worker.id} died`); fork() }
    })
    return worker
  }
  // #endregion recycle
  const retire = (worker: Worker) => {
    lastBeat.delete(worker)
    log(`retire worker ${worker.id}`)
    worker.disconnect() // stop accepting; in-flight requests finish; the worker exits
    setTimeout(() => worker.process.kill('SIGKILL'), s.gracefulTimeoutMs).unref()
  }
  // #region watchdog
  const watchdog = setInterval(() => {
    for (const [worker, beat] of lastBeat) {
      if (Date.now() - beat <= s.timeoutMs) continue
      log(`worker ${worker.id} missed heartbeats for ${s.timeoutMs} ms: killed`)
      lastBeat.delete(worker)
      worker.process.kill('SIGKILL') // a hung event loop cannot drain: no graceful path
      fork()
    }
  }, s.heartbeatMs)
  // #endregion watchdog
  cluster.once('listening', (_w, address) => log(`listening on ${address.port}`))
  for (let i = 0; i < s.workers; i++) fork()
  process.once('SIGTERM', () => {
    stopping = true
    clearInterval(watchdog)
    for (const worker of Object.values(cluster.workers ?? {})) if (worker) retire(worker)
  })
}

/** A worker: serves the app, counts requests, heartbeats, and asks to be recycled at its max. */
export async function startWorker(env = process.env) {
  const maxRequests = Number(env.MAX_REQUESTS ?? Infinity)
  let served = 0
  const send = (m: Message) => { if (process.connected) process.send?.(m) }
  const app = new Hono().use(async (_c, next) => {
    await next()
    if (++served === maxRequests) send({ type: 'recycle', served })
  })
  app.get('/', c => c.text(`worker ${cluster.worker?.id}`))
  app.get('/hang', () => { for (;;); }) // a stuck event loop: heartbeats stop
  await startServer(app, { ...productionServer, host: env.HOST ?? '0.0.0.0', port: Number(env.PORT ?? 3000) })
  const beat = setInterval(() => send({ type: 'heartbeat' }), Number(env.HEARTBEAT_MS ?? 5_000))
  send({ type: 'heartbeat' })
  process.once('disconnect', () => clearInterval(beat)) // let the retired worker exit
}

export const settingsFromEnv = (env = process.env): ClusterSettings => ({
  workers: Number(env.WORKERS ?? gunicornLike.workers),
  maxRequests: Number(env.MAX_REQUESTS ?? gunicornLike.maxRequests),
  jitter: Number(env.JITTER ?? gunicornLike.jitter),
  timeoutMs: Number(env.TIMEOUT_MS ?? gunicornLike.timeoutMs),
  heartbeatMs: Number(env.HEARTBEAT_MS ?? gunicornLike.heartbeatMs),
  gracefulTimeoutMs: Number(env.GRACEFUL_TIMEOUT_MS ?? gunicornLike.gracefulTimeoutMs),
})

if (import.meta.main) {
  if (cluster.isPrimary) startPrimary(settingsFromEnv())
  else await startWorker()
}
