// Event-loop delay is Node's "something is blocking" signal: a timer samples how late the loop
// is. perf_hooks keeps the samples in a histogram (nanoseconds). Node only.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'

export interface LoopLag {
  p50Ms: number
  p99Ms: number
  maxMs: number
}

export interface LagMonitor extends Disposable {
  /** Delay percentiles since the start or the last reset, in milliseconds. */
  read: () => LoopLag
  /** Starts a new phase; resolves once the sampler has a fresh baseline tick. */
  reset: () => Promise<void>
}

// #region monitor
export function monitorLoopLag(resolutionMs = 10): LagMonitor {
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs })
  histogram.enable()
  const ms = (ns: number) => (Number.isFinite(ns) ? ns / 1e6 : 0) // nanoseconds -> ms
  return {
    read: () => ({
      p50Ms: ms(histogram.percentile(50)),
      p99Ms: ms(histogram.percentile(99)),
      maxMs: ms(histogram.max),
    }),
    reset: async () => {
      histogram.reset()
      await sleep(2 * resolutionMs) // the first tick after a reset is not a sample
    },
    [Symbol.dispose]: () => histogram.disable(),
  }
}
// #endregion monitor

// #region measure
export interface Measured<T> { result: T, ms: number, maxLagMs: number }

/** Runs `work`, reporting its wall time and the worst loop delay seen meanwhile. */
export async function measureWithLag<T>(work: () => T | Promise<T>): Promise<Measured<T>> {
  using lag = monitorLoopLag(10)
  await lag.reset()
  const start = performance.now()
  const result = await work()
  const ms = performance.now() - start
  await sleep(20) // a late tick is recorded only once the loop is free again
  return { result, ms, maxLagMs: lag.read().maxMs }
}
// #endregion measure

/** The fastest of `rounds` runs: other programs share the cores; the best run is the fair one. */
export async function measureBestOf<T>(rounds: number, work: () => T | Promise<T>): Promise<Measured<T>> {
  let best = await measureWithLag(work)
  for (let round = 1; round < rounds; round++) {
    const next = await measureWithLag(work)
    if (next.ms < best.ms)
      best = next
  }
  return best
}
