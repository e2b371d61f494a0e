// Exercise: bounded fan-out with one outcome per item.
// Run: npm run exercise -- concurrency/workers-and-processes/map-limited
import pLimit from 'p-limit'

export type Outcome<R> = { ok: true, value: R } | { ok: false, error: Error }

export interface MapLimitedOptions { timeoutMs: number }

/**
 * Calls `fn` for every item with at most `limit` calls in flight, each with its own signal that
 * aborts after `timeoutMs`. Resolves with one outcome per item, in input order; never rejects.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number,
  fn: (item: T, signal: AbortSignal) => Promise<R>, options: MapLimitedOptions): Promise<Outcome<R>[]> {
  const gate = pLimit(limit)
  const outcomes = new Array<Outcome<R>>(items.length)
  await Promise.all(items.map((item, index) => gate(async () => {
    try {
      // the clock starts when the call starts, not while it waits for the limiter
      outcomes[index] = { ok: true, value: await fn(item, AbortSignal.timeout(options.timeoutMs)) }
    }
    catch (err) {
      outcomes[index] = { ok: false, error: err instanceof Error ? err : new Error(String(err)) }
    }
  })))
  return outcomes
}
