// SIGTERM handling Node does not give you: not ready -> stop accepting -> drain requests and
// background tasks -> close resources in reverse order -> exit 0, or exit 1 at the hard deadline.
// This file is also the server entry the test starts as a child process. Node only.
import { type ChildProcess, spawn } from 'node:child_process'
import type { Server } from 'node:http'
import { createInterface } from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import type { MiddlewareHandler } from 'hono'
import { Hono } from 'hono'
import { Redis } from 'ioredis'
import pg from 'pg'
import pino from 'pino'
import { createSupervisor } from '../../concurrency/async-tutorial/fire-and-forget.ts'
import { createProductionClient, type ProductionClient } from '../../http-clients/advanced/production-client.ts'
import { databaseCheck, type HealthState, healthRoutes, redisCheck } from './health.ts'
import { productionServer, startServer } from './server-config.ts'

export type Log = (msg: string) => void

// #region in-flight-tracker
/** Which requests are running (by name), and a promise for "none are". Feeds drain and a metric. */
export function inFlightTracker() {
  const active = new Map<number, string>()
  const idle = new Set<() => void>()
  let seq = 0
  let closing = false
  const middleware: MiddlewareHandler = async (c, next) => {
    const id = ++seq
    active.set(id, `${c.req.method} ${c.req.path}`)
    try { await next(); if (closing) c.header('Connection', 'close') } // no keep-alive reuse now
    finally { active.delete(id); if (active.size === 0) for (const done of idle) done() }
  }
  const drained = () => new Promise<void>(done => (active.size === 0 ? done() : idle.add(done)))
  return { middleware, drained, running: () => [...active.values()],
    get count() { return active.size }, close() { closing = true } }
}
// #endregion in-flight-tracker
export type InFlightTracker = ReturnType<typeof inFlightTracker>

// #region resources
export interface Resources { db: pg.Pool, http: ProductionClient, redis: Redis }

/** FastAPI's lifespan startup: created once, in dependency order. */
export function createResources(env: NodeJS.ProcessEnv, log: pino.Logger): Resources {
  const db = new pg.Pool({ connectionString: env.DATABASE_URL, min: 5, max: 20 })
  const http = createProductionClient({ baseUrl: env.VENDOR_URL ?? 'http://127.0.0.1:9',
    logger: log, connections: 100, queueTimeoutMs: 5_000 }) // connect 5 s, body 30 s, acquire 5 s
  const redis = new Redis(env.REDIS_URL ?? 'redis://127.0.0.1:6379/0', { lazyConnect: true })
  return { db, http, redis }
}

/** ...and its shutdown: the reverse order, so nothing is used after it was closed. */
export async function closeResources({ db, http, redis }: Resources, log: Log) {
  await redis.quit(); log('closed redis')
  await http.close(); log('closed http agent')
  await db.end(); log('closed database pool')
}
// #endregion resources

export interface Running {
  server: Server, tracker: InFlightTracker, state: HealthState, resources: Resources
  tasks: { drain: () => Promise<void> }, log: Log
}
export interface ShutdownTimings { unreadyDelayMs: number, deadlineMs: number }

// #region sequence
export async function shutdown(r: Running, { unreadyDelayMs, deadlineMs }: ShutdownTimings) {
  const deadline = sleep(deadlineMs, 'deadline' as const, { ref: false }) // below the grace period
  r.state.shuttingDown = true; r.log('shutdown: not ready') // 1. /ready -> 503
  await sleep(unreadyDelayMs) // the balancer notices and stops routing here
  const closed = new Promise(resolve => r.server.close(resolve)) // 2. stop accepting
  r.tracker.close(); r.server.closeIdleConnections() // 3. idle keep-alive sockets go now
  r.log('shutdown: stopped accepting')
  const drained = Promise.all([closed, r.tracker.drained(), r.tasks.drain()]) // 3-4. in flight
  const outcome = await Promise.race([drained.then(() => 'drained' as const), deadline])
  if (outcome === 'deadline') {
    for (const request of r.tracker.running()) r.log(`shutdown: deadline cut ${request}`)
    r.server.closeAllConnections()
  }
  await closeResources(r.resources, r.log) // 5. reverse order
  return outcome === 'drained' ? 0 : 1 // 6.
}
// #endregion sequence

/** The entry: resources, app, server, signal handlers. `node graceful-shutdown.ts` runs it. */
export async function main(env = process.env) {
  // Synchronous stdout: pino's default destination writes asynchronously, and a flush at exit
  // can overtake a write still in flight (lines lost or out of order: PYTHONUNBUFFERED's concern).
  const logger = pino({ base: null, timestamp: false }, pino.destination({ dest: 1, sync: true }))
  const log: Log = msg => logger.info(msg)
  const resources = createResources(env, logger)
  const state: HealthState = { shuttingDown: false }
  const tracker = inFlightTracker()
  const tasks = createSupervisor(log)
  const app = new Hono().route('/', healthRoutes(
    { database: databaseCheck(resources.db), redis: redisCheck(resources.redis) }, state))
  app.use(tracker.middleware).get('/slow', async (c) => {
    const ms = Number(c.req.query('ms') ?? 500)
    tasks.supervise('audit', sleep(ms / 2)) // background work the drain must wait for
    log(`slow: ${tracker.count} in flight`)
    await sleep(ms)
    return c.text(`done ${'.'.repeat(1_000)}`)
  })
  const { server, settings } = await startServer(app, { ...productionServer,
    host: env.HOST ?? '0.0.0.0', port: Number(env.PORT ?? 3000) })
  log(`listening on ${settings.port}`)
  const timings = { unreadyDelayMs: Number(env.UNREADY_DELAY_MS ?? 5_000),
    deadlineMs: Number(env.SHUTDOWN_DEADLINE_MS ?? 25_000) }
  const onSignal = async (signal: NodeJS.Signals) => {
    log(`received ${signal}`)
    const code = await shutdown({ server, tracker, state, resources, tasks, log }, timings)
    log(`exit ${code}`)
    process.exit(code) // the log lines are written: the destination is synchronous
  }
  process.once('SIGTERM', onSignal)
  process.once('SIGINT', onSignal)
}

if (import.meta.main) await main()

// #region child-process-test
/** Start a server entry (this file by default) as a real process; collect its log messages. */
export function startEntry(env: Record<string, string>, entry = fileURLToPath(import.meta.url)) {
  const child: ChildProcess = spawn(process.execPath, [entry], { stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env } })
  const lines: string[] = []
  const arrived = new EventTarget()
  createInterface({ input: child.stdout! }).on('line', (json) => {
    lines.push(String((JSON.parse(json) as { msg: unknown }).msg))
    arrived.dispatchEvent(new Event('line'))
  })
  const exited = new Promise<number | null>(resolve => child.once('close', code => resolve(code)))
  const waitFor = (match: RegExp) => new Promise<string>((resolve) => {
    const check = () => { const hit = lines.find(l => match.test(l)); if (hit) resolve(hit) }
    arrived.addEventListener('line', check); check()
  })
  return { child, lines, exited, waitFor } // exited on 'close': stdout is read to the end
}
// #endregion child-process-test
