// A decorator with its own parameter: a factory that returns the
// decorator, which returns the wrapper.
import type { LogSink } from './manual-wrap.ts'

// #region factory
export function repeat(n: number) {
  if (!Number.isInteger(n) || n < 1) // fail early
    throw new RangeError(
      `repeat(n) needs a whole n >= 1, got ${n}`)
  return function decorate<This, A extends unknown[], R>(
    fn: (this: This, ...args: A) => R,
  ) {
    return function repeated(this: This, ...args: A): R {
      let result = fn.apply(this, args)
      for (let i = 1; i < n; i++)
        result = fn.apply(this, args)
      return result // the last call's result
    }
  }
}
// #endregion factory

// #region usage
export function sayHi(log: LogSink) {
  log('Hi')
  return 'said hi'
}

// factory call, then decorator call
export const sayHiThrice =
  repeat(3)(sayHi)
// #endregion usage
