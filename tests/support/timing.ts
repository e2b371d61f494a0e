// Timing helpers for real-socket and real-service tests on a shared, loaded 2-core machine.
// Wait for what the other side observes instead of sleeping; allow for event-loop lag the
// machine actually showed instead of a fixed tight window.
import { monitorEventLoopDelay } from 'node:perf_hooks'

/** Polls until `check` holds (a close reaches the server a moment after the client acts); throws after `ms`. */
export async function until(check: () => boolean, ms = 5_000): Promise<void> {
  for (const end = performance.now() + ms; !check();) {
    if (performance.now() > end)
      throw new Error(`condition not met within ${ms} ms: ${check.toString()}`)
    await new Promise(r => setTimeout(r, 5))
  }
}

export const TOLERANCE_MS = 75

/** undici 8 runs its connect, headers and body timers on a coarse wheel: they fire up to ~1 s late. */
export const WHEEL_MS = 1000

export interface LagMonitor extends Disposable {
  /** Tolerance for a wall-clock check: 75 ms plus the worst event-loop delay seen so far. */
  slack(): Promise<number>
}

/**
 * Records event-loop delay from now on: a late timer caused by OUR code still fails a check,
 * a late timer caused by a busy machine (hundreds of ms on a shared CI box) does not.
 */
export function lagMonitor(): LagMonitor {
  const histogram = monitorEventLoopDelay({ resolution: 5 })
  histogram.enable()
  return {
    // Yield first: after a stall, the histogram records it only when its own timer runs again.
    slack: async () => {
      await new Promise(r => setTimeout(r, 20))
      return TOLERANCE_MS + histogram.max / 1e6
    },
    [Symbol.dispose]: () => histogram.disable(),
  }
}

/** Runs `work`, returns what it threw and after how long (ms); fails if it resolved. */
export async function failure(work: () => Promise<unknown>): Promise<{ err: unknown, ms: number }> {
  const t0 = performance.now()
  try {
    await work()
  }
  catch (err) {
    return { err, ms: performance.now() - t0 }
  }
  throw new Error('expected the call to fail')
}
