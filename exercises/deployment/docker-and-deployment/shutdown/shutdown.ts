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
import { createSupervisor } from '../../../../snippets/concurrency/async-tutorial/fire-and-forget.ts'
import { productionServer, startServer } from '../../../../snippets/deployment/docker-and-deployment/server-config.ts'

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
  // TODO: a middleware that counts requests while they run, and drained() that resolves
  // when the count reaches 0 (at once if it is 0 already).
  const middleware: MiddlewareHandler = async (_c, next) => { await next() }
  const drained = () => Promise.resolve()
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
  // TODO, in this order, logging each step with the messages the test expects:
  // 1. mark not ready ('shutdown: not ready'), wait UNREADY_DELAY_MS (default 5000)
  // 2. stop accepting and close idle keep-alive sockets ('shutdown: stopped accepting')
  // 3. wait for in-flight requests AND supervised tasks, but no longer than
  //    SHUTDOWN_DEADLINE_MS (default 25000) after the signal; at the deadline cut the remaining
  //    connections ('shutdown: deadline reached')
  // 4. close resources in REVERSE order of creation: 'closed redis', 'closed http agent',
  //    'closed database pool'
  // 5. return 0 when everything drained, 1 when the deadline cut something
  void [server, state, tasks, resources, drained, log, env, sleep]
  return 0
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
  // TODO: on SIGTERM and SIGINT run shutdown(...), log `exit <code>`, then exit with that code.
  // Without a handler Node dies at once (and as PID 1 in a container it ignores SIGTERM).
  void [server, state, tasks, resources, tracker, log]
}

if (import.meta.main) await main()
