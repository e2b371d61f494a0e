// Timing wrappers: a sync one that is wrong for async functions, and
// one that waits for the Promise to settle. performance.now() is
// monotonic (Python's perf_counter), unlike Date.now().

export type Report = (ms: number) => void

// #region sync
// For an async fn this times only creating the Promise.
export function timedSync<A extends unknown[], R>(
  fn: (...args: A) => R, report: Report,
) {
  return function (this: unknown, ...args: A): R {
    const start = performance.now()
    try {
      return fn.apply(this, args)
    }
    finally {
      report(performance.now() - start) // too soon
    }
  }
}
// #endregion sync

// #region async
export function timed<A extends unknown[], R>(
  fn: (...args: A) => R, report: Report,
) {
  return function (this: unknown, ...args: A): R {
    const start = performance.now()
    const stop = () => report(performance.now() - start)
    let result: R | undefined
    try {
      result = fn.apply(this, args)
      return result // the same value or Promise
    }
    finally { // runs after a return and after a throw
      if (isPromiseLike(result)) // stop once it settles
        result.then(stop, stop)
      else
        stop()
    }
  }
}
// #endregion async

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null
    && 'then' in value && typeof value.then === 'function'
}
