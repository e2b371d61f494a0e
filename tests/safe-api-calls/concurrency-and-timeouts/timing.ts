// Timing helpers for the section's real-socket tests. Assertions allow ~75 ms of tolerance, plus
// whatever event-loop lag the machine actually showed during the test (a shared CI box can stall
// every timer by hundreds of ms; a healthy one adds a few): so a late timer caused by OUR code
// still fails, and a late timer caused by a busy machine does not.
import { monitorEventLoopDelay } from 'node:perf_hooks'

export const TOLERANCE_MS = 75

export interface LagMonitor extends Disposable {
  /** Tolerance for a wall-clock check: 75 ms plus the worst event-loop delay seen so far. */
  slack(): Promise<number>
}

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

/** Polls until `check` holds (the server notices a close a moment after we abort), at most `ms`. */
export async function until(check: () => boolean, ms = 1000): Promise<void> {
  for (const end = performance.now() + ms; !check() && performance.now() < end;)
    await new Promise(r => setTimeout(r, 5))
}
