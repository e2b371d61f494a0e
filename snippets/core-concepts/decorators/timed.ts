// Timing wrappers: a sync one that is wrong for async functions, and
// one that waits for the Promise to settle. performance.now() is
// monotonic (Python's perf_counter), unlike Date.now().

export type TimingSink = (name: string, ms: number) => void

// #region sync
// Right for sync code; for async code it times creating the Promise.
export function timedSync<A extends unknown[], R>(
  fn: (...args: A) => R,
  report: TimingSink,
) {
  return function (this: unknown, ...args: A): R {
    const start = performance.now()
    try {
      return fn.apply(this, args)
    }
    finally {
      report(fn.name, performance.now() - start) // too early
    }
  }
}
// #endregion sync

// #region async
export function timed<A extends unknown[], R>(
  fn: (...args: A) => R,
  report: TimingSink,
) {
  return function (this: unknown, ...args: A): R {
    const start = performance.now()
    const stop = () => report(fn.name, performance.now() - start)
    let result: R
    try {
      result = fn.apply(this, args)
    }
    catch (error) {
      stop()
      throw error // the caller gets the very same error
    }
    if (isPromiseLike(result))
      result.then(stop, stop) // the caller still gets `result` itself
    else
      stop()
    return result
  }
}
// #endregion async

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null
    && 'then' in value && typeof value.then === 'function'
}
