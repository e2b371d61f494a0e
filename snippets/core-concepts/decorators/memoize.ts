// Bounded memoization, the `functools.lru_cache` analog: a Map keeps insertion order, so
// re-inserting on every hit makes its first key the least recently used one.

export const DEFAULT_MAX_SIZE = 128 // Python's lru_cache default

export interface MemoizeOptions<A extends unknown[]> {
  maxSize?: number
  /** Builds the cache key. The default suits primitives; give objects a key of your own. */
  key?: (...args: A) => string
}

// #region sync
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, options: MemoizeOptions<A> = {}) {
  const { maxSize = DEFAULT_MAX_SIZE, key = (...args: A) => JSON.stringify(args) } = options
  const cache = new Map<string, { value: R }>()
  return function (this: unknown, ...args: A): R {
    const k = key(...args)
    const hit = cache.get(k)
    if (hit) {
      cache.delete(k)
      cache.set(k, hit) // now the most recently used
      return hit.value
    }
    const entry = { value: fn.apply(this, args) }
    cache.set(k, entry)
    if (cache.size > maxSize)
      cache.delete(cache.keys().next().value!) // evict the least recently used
    forgetIfRejected(entry.value, () => cache.get(k) === entry && cache.delete(k))
    return entry.value
  }
}
// #endregion sync

// #region async
/** Async results are cached as Promises, so callers share one call; a failure must not stick. */
function forgetIfRejected(value: unknown, forget: () => void): void {
  if (value instanceof Promise)
    value.catch(forget) // the caller still receives the rejection from `value` itself
}
// #endregion async
