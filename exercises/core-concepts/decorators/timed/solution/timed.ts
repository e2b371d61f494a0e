// Exercise: a production-grade timing wrapper. The task is in README.md; run
//   npm run exercise -- core-concepts/decorators/timed

export interface Timing {
  /** The wrapped function's name (not "wrapper"). */
  name: string
  /** Milliseconds from the call until it returned or threw, or its Promise settled. */
  ms: number
  /** false when the function threw or its Promise rejected. */
  ok: boolean
}

export interface TimedOptions {
  /** Called exactly once per call. */
  onTiming: (timing: Timing) => void
}

export function timed<This, A extends unknown[], R>(
  fn: (this: This, ...args: A) => R,
  options: TimedOptions,
): (this: This, ...args: A) => R {
  const wrapper = function (this: This, ...args: A): R {
    const start = performance.now()
    const report = (ok: boolean) =>
      options.onTiming({ name: fn.name, ms: performance.now() - start, ok })
    let result: R
    try {
      result = fn.apply(this, args)
    }
    catch (error) {
      report(false)
      throw error // the very same object
    }
    if (isPromiseLike(result)) {
      // Observe on the side; the caller still gets `result` itself.
      result.then(() => report(true), () => report(false))
      return result
    }
    report(true)
    return result
  }
  for (const key of ['name', 'length'] as const)
    Object.defineProperty(wrapper, key, { value: fn[key] })
  return wrapper
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null
    && 'then' in value && typeof value.then === 'function'
}
