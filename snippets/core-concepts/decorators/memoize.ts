// Bounded memoization, the functools.lru_cache analog. A Map keeps
// insertion order, so re-inserting on every hit makes its first key the
// least recently used one.

export const MAX_SIZE = 128 // Python's lru_cache default

export interface Options<A extends unknown[]> {
  maxSize?: number
  /** The cache key. The default suits primitives; key objects yourself. */
  key?: (...args: A) => string
}

const jsonKey = (...args: unknown[]): string => JSON.stringify(args)

// #region sync
export function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
  { maxSize = MAX_SIZE, key = jsonKey }: Options<A> = {},
) {
  const cache = new Map<string, { value: R }>()
  return function (this: unknown, ...args: A): R {
    const k = key(...args)
    const hit = cache.get(k)
    const entry = hit ?? { value: fn.apply(this, args) }
    cache.delete(k) // (re-)insert: now most recently used
    cache.set(k, entry)
    if (cache.size > maxSize) // evict least recently used
      cache.delete(cache.keys().next().value!)
    if (!hit)
      forgetIfRejected(cache, k, entry)
    return entry.value
  }
}
// #endregion sync

// #region async
// Callers share one cached Promise; if it rejects,
// drop it so that the next call tries again.
function forgetIfRejected<R>(
  cache: Map<string, { value: R }>,
  k: string,
  entry: { value: R },
): void {
  if (entry.value instanceof Promise) {
    entry.value.catch(() => { // callers still see it reject
      if (cache.get(k) === entry) // not a newer entry for k
        cache.delete(k)
    })
  }
}
// #endregion async
