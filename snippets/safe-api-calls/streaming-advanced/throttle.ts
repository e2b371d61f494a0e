// Throttling emission: a fixed minimum interval between items, and an adaptive rate driven by
// MEASURED backpressure (how long the write took), not by an exception a generator never receives.
// Browser-runnable; clock and sleep are injectable for fake-timer tests.

export interface Clock {
  now: () => number // monotonic ms
  sleep: (ms: number) => Promise<void>
}
export const realClock: Clock = {
  now: () => performance.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
}

// #region throttle
/** At most `perSecond` items per second: a minimum interval of 1/perSecond s between emissions. */
export async function* throttle<T>(
  source: AsyncIterable<T>, perSecond: number, clock: Clock = realClock,
): AsyncGenerator<T> {
  const intervalMs = 1_000 / perSecond
  let last = Number.NEGATIVE_INFINITY
  for await (const item of source) {
    const wait = last + intervalMs - clock.now()
    if (wait > 0)
      await clock.sleep(wait) // the source is not read meanwhile: backpressure reaches the vendor
    last = clock.now()
    yield item
  }
}
// #endregion throttle

export interface AdaptiveOptions {
  start: number // chunks per second at the start (guide: 10)
  min: number // floor (guide: 1)
  max: number // ceiling (guide: 100)
  up: number // fast write: x1.1
  down: number // slow write: x0.5
  slowWriteMs: number // a write slower than this means the client pushes back (kit choice)
}
export const GUIDE_ADAPTIVE: AdaptiveOptions = { start: 10, min: 1, max: 100, up: 1.1, down: 0.5, slowWriteMs: 100 }

// #region adaptiveThrottle
/** Writes every item; the time `await write()` took is the backpressure signal. Returns the count. */
export async function adaptiveThrottle<T>(
  source: AsyncIterable<T>, write: (item: T) => Promise<void>,
  o: AdaptiveOptions = GUIDE_ADAPTIVE, clock: Clock = realClock, onRate?: (rate: number) => void,
): Promise<number> {
  let rate = o.start
  let count = 0
  for await (const item of source) {
    const started = clock.now()
    await write(item) // Hono: resolves when the client side has taken it (@hono/node-server waits for drain)
    const slow = clock.now() - started > o.slowWriteMs
    rate = slow ? Math.max(o.min, rate * o.down) : Math.min(o.max, rate * o.up)
    onRate?.(rate)
    count++
    await clock.sleep(1_000 / rate)
  }
  return count
}
// #endregion adaptiveThrottle
