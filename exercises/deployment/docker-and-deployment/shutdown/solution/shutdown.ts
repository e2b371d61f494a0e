// A server entry that must stop without losing anything on SIGTERM.
// Run: npm run exercise -- deployment/docker-and-deployment/shutdown
import type { Server } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import type { MiddlewareHandler } from 'hono'
import { Hono } from 'hono'
import { Redis } from 'ioredis'
import pg from 'pg'
import pino from 'pino'
import { Agent } from 'undici'
import { createSupervisor } from '../../../../../snippets/concurrency/async-tutorial/fire-and-forget.ts'
import { productionServer, startServer } from '../../../../../snippets/deployment/docker-and-deployment/server-config.ts'

/** The file the test starts as a child process. */
export const ENTRY = fileURLToPath(import.meta.url)
export type Log = (msg: string) => void
export interface State { shuttingDown: boolean }
export type Supervisor = ReturnType<typeof createSupervisor>

/** Given: created in this order (database, HTTP agent, Redis). */
export function createResources(env: Record<string, string | undefined>) {
  return {
    db: new pg.Pool({ connectionString: env.DATABASE_URL, min: 5, max: 20 }),
    http: new Agent({ connections: 100, allowH2: true, connect: { timeout: 5_000 } }),
    redis: new Redis(env.REDIS_URL ?? 'redis://127.0.0.1:6379/0', { lazyConnect: true }),
  }
}
export type Resources = ReturnType<typeof createResources>

/** Track in-flight requests: a count and a promise for "none left". */
export function inFlight() {
  let count = 0
  const idle = new Set<() => void>()
  const middleware: MiddlewareHandler = async (_c, next) => {
    count++
    try { await next() }
    finally { if (--count === 0) for (const done of idle) done() }
  }
  const drained = () => new Promise<void>(resolve => (count === 0 ? resolve() : idle.add(resolve)))
  return { middleware, drained }
}

/** Given: the app. /slow?ms=N answers after N ms and starts a background task. */
export function createApp(state: State, tasks: Supervisor, track: MiddlewareHandler) {
  const app = new Hono()
  app.get('/health', c => c.json({ status: 'alive' }))
  app.get('/ready', c => (state.shuttingDown ? c.json({ status: 'shutting_down' }, 503) : c.json({ status: 'ready' })))
  app.use(track).get('/slow', async (c) => {
    const ms = Number(c.req.query('ms') ?? 500)
    tasks.supervise('audit', sleep(ms / 2))
    await sleep(ms)
    return c.text(`done ${'.'.repeat(1_000)}`)
  })
  return app
}

export async function shutdown(server: Server, state: State, tasks: Supervisor, resources: Resources,
  drained: () => Promise<void>, log: Log, env: Record<string, string | undefined>): Promise<0 | 1> {
  const deadline = sleep(Number(env.SHUTDOWN_DEADLINE_MS ?? 25_000), 'deadline' as const, { ref: false })
  state.shuttingDown = true
  log('shutdown: not ready')
  await sleep(Number(env.UNREADY_DELAY_MS ?? 5_000))
  const closed = new Promise(resolve => server.close(resolve))
  server.closeIdleConnections()
  log('shutdown: stopped accepting')
  const outcome = await Promise.race([
    Promise.all([closed, drained(), tasks.drain()]).then(() => 'drained' as const), deadline])
  if (outcome === 'deadline') { log('shutdown: deadline reached'); server.closeAllConnections() }
  resources.redis.disconnect(); log('closed redis')
  await resources.http.close(); log('closed http agent')
  await resources.db.end(); log('closed database pool')
  return outcome === 'drained' ? 0 : 1
}

export async function main(env = process.env) {
  const logger = pino({ base: null, timestamp: false }, pino.destination({ dest: 1, sync: true }))
  const log: Log = msg => logger.info(msg)
  const resources = createResources(env)
  const state: State = { shuttingDown: false }
  const tasks = createSupervisor(log)
  const tracker = inFlight()
  const { server, settings } = await startServer(createApp(state, tasks, tracker.middleware),
    { ...productionServer, host: env.HOST ?? '0.0.0.0', port: Number(env.PORT ?? 3000) })
  log(`listening on ${settings.port}`)
  const onSignal = async () => {
    const code = await shutdown(server, state, tasks, resources, tracker.drained, log, env)
    log(`exit ${code}`)
    process.exit(code)
  }
  process.once('SIGTERM', onSignal)
  process.once('SIGINT', onSignal)
}

if (import.meta.main) await main()
