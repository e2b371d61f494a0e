// Order of stacked wrappers: the outermost runs first on the way in and
// last on the way out.
import type { LogSink } from './manual-wrap.ts'

/** Logs on the way in and out; forwards `this`, so works on methods. */
export function trace(label: string, log: LogSink) {
  return function <This, A extends unknown[], R>(
    fn: (this: This, ...args: A) => R,
  ) {
    return function (this: This, ...args: A): R {
      log(`${label}: before`)
      const result = fn.apply(this, args)
      log(`${label}: after`)
      return result
    }
  }
}

// #region stack
export function handleComposed(log: LogSink): void {
  const body = () => log('body')
  const outer = trace('outer', log)
  const inner = trace('inner', log)
  outer(inner(body))() // outer wraps inner
}
// #endregion stack
