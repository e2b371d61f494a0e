// One event loop serves every request: a synchronous call in middleware stalls them all.
// Node only (perf_hooks, node:timers/promises).
import { Hono, type MiddlewareHandler } from 'hono'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'

/** Stands in for a sync HTTP client, readFileSync or pbkdf2Sync: the thread waits. */
export const blockFor = (ms: number) => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

// #region blocking
/** DON'T: while it waits, no other request makes progress. */
export const syncAuthCheck = (ms: number): MiddlewareHandler =>
  async (_c, next) => {
    blockFor(ms) // e.g. a sync call to the auth server
    await next()
  }

/** DO: await async I/O (CPU work: a piscina worker thread). */
export const asyncAuthCheck = (ms: number): MiddlewareHandler =>
  async (_c, next) => {
    await sleep(ms) // the loop serves others meanwhile
    await next()
  }
// #endregion blocking

export interface Burst {
  totalMs: number
  loopDelayP99Ms: number
}

/** Fires `n` concurrent requests through `layer`; measures wall time and event-loop delay. */
export async function burst(layer: MiddlewareHandler, n = 10): Promise<Burst> {
  const app = new Hono().use(layer).get('/', c => c.text('ok'))
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  histogram.enable()
  await sleep(20) // the monitor's timer is running before the burst starts
  const start = performance.now()
  await Promise.all(Array.from({ length: n }, () => app.request('/')))
  await sleep(30) // let the monitor take a sample after the last request
  const totalMs = performance.now() - start - 30
  histogram.disable()
  return { totalMs, loopDelayP99Ms: histogram.percentile(99) / 1e6 }
}
