// Two endpoints, two questions. /health: is this process alive? (no external calls; failure ->
// restart). /ready: can it serve traffic now? (checks dependencies with short timeouts; failure ->
// no traffic). Runs in the browser too (Hono + plain functions).
import { Hono } from 'hono'

/** A dependency check; it may ignore the signal: the probe stops waiting anyway. */
export type Check = (signal: AbortSignal) => Promise<unknown>
export interface HealthState { shuttingDown: boolean }
export interface PoolLike { query: (sql: string) => Promise<unknown> }
export interface RedisLike { ping: () => Promise<unknown> }

export const databaseCheck = (pool: PoolLike): Check => () => pool.query('SELECT 1')
export const redisCheck = (redis: RedisLike): Check => () => redis.ping()

// #region liveness
export function healthRoutes(checks: Record<string, Check>, state: HealthState, timeoutMs = 1_000) {
  const app = new Hono()
  app.get('/health', c => c.json({ status: 'alive' })) // no database, no Redis: never
  // #endregion liveness
  // #region readiness
  app.get('/ready', async (c) => {
    if (state.shuttingDown) return c.json({ status: 'shutting_down' }, 503) // traffic stops first
    const results = await Promise.all(Object.entries(checks).map(async ([name, check]) =>
      [name, await probe(check, timeoutMs)] as const))
    const ready = results.every(([, result]) => result === 'ok')
    return c.json({ status: ready ? 'ready' : 'degraded', checks: Object.fromEntries(results) },
      ready ? 200 : 503)
  })
  return app
}

/** Each check gets its own deadline: a hung dependency cannot hang the probe. */
async function probe(check: Check, timeoutMs: number): Promise<'ok' | 'unavailable'> {
  const signal = AbortSignal.timeout(timeoutMs)
  const timedOut = new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason), { once: true }))
  try { await Promise.race([check(signal), timedOut]); return 'ok' }
  catch { return 'unavailable' }
}
// #endregion readiness

// #region liveness-mistake
/** DON'T: a database outage now fails liveness, and the orchestrator restarts every container. */
export function livenessWithDatabase(check: Check) {
  return new Hono().get('/health', async (c) => {
    try { await check(AbortSignal.timeout(1_000)); return c.json({ status: 'alive' }) }
    catch { return c.json({ status: 'dead' }, 503) } // -> restart -> reconnect storm
  })
}
// #endregion liveness-mistake

export interface StormResult { restarts: number, peakReconnects: number, notReadyTicks: number }

/**
 * Ten containers probed once per tick while the database is down for `outage` ticks. A container
 * that fails `failureThreshold` liveness probes in a row restarts (down for `restartTicks`), then
 * reconnects its pool; readiness failures only take it out of the load balancer.
 */
export function simulateOutage(livenessChecksDatabase: boolean, { containers = 10, ticks = 30,
  outage = [5, 15] as const, failureThreshold = 3, restartTicks = 2, poolSize = 20 } = {}): StormResult {
  const failures = new Array<number>(containers).fill(0)
  const restartingUntil = new Array<number>(containers).fill(-1)
  let restarts = 0, peakReconnects = 0, notReadyTicks = 0
  for (let t = 0; t < ticks; t++) {
    const dbUp = t < outage[0] || t >= outage[1]
    let reconnects = 0
    for (let i = 0; i < containers; i++) {
      if (restartingUntil[i] === t) reconnects += poolSize // fresh process, fresh pool
      if (restartingUntil[i]! >= t) continue
      if (!dbUp) notReadyTicks++
      failures[i] = livenessChecksDatabase && !dbUp ? failures[i]! + 1 : 0
      if (failures[i]! >= failureThreshold) { restarts++; failures[i] = 0; restartingUntil[i] = t + restartTicks }
    }
    peakReconnects = Math.max(peakReconnects, reconnects)
  }
  return { restarts, peakReconnects, notReadyTicks }
}
