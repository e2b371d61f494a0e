// Exercise: bounded fan-out with one outcome per item.
// Run: npm run exercise -- concurrency/workers-and-processes/map-limited

export type Outcome<R> = { ok: true, value: R } | { ok: false, error: Error }

export interface MapLimitedOptions { timeoutMs: number }

/**
 * Calls `fn` for every item with at most `limit` calls in flight, each with its own signal that
 * aborts after `timeoutMs`. Resolves with one outcome per item, in input order; never rejects.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number,
  fn: (item: T, signal: AbortSignal) => Promise<R>, options: MapLimitedOptions): Promise<Outcome<R>[]> {
  // TODO 1: bound the calls with a limiter (p-limit) of `limit` (it is ignored for now).
  // TODO 2: give each call its own AbortSignal.timeout(options.timeoutMs) (ignored for now).
  // TODO 3: one failure must not reject the whole call: turn each result into an Outcome.
  void limit
  void options
  const values = await Promise.all(items.map(item => fn(item, new AbortController().signal)))
  return values.map(value => ({ ok: true, value }))
}
