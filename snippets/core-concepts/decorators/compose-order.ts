// Order of stacked wrappers: the outermost runs first on the way in and last on the way out.
import type { LogSink } from './manual-wrap.ts'

// #region stack
/** Logs on the way in and out. A plain wrapper, and (it forwards `this`) a method decorator. */
export function trace(label: string, log: LogSink) {
  return function <This, A extends unknown[], R>(fn: (this: This, ...args: A) => R) {
    return function (this: This, ...args: A): R {
      log(`${label}: before`)
      const result = fn.apply(this, args)
      log(`${label}: after`)
      return result
    }
  }
}

export function handleComposed(log: LogSink): void {
  const body = () => log('body')
  trace('outer', log)(trace('inner', log)(body))() // outer(inner(body))
}
// #endregion stack
