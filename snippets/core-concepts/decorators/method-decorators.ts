// TC39 standard method decorators: (method, context) in, replacement
// out. Applied with `@` on class methods (see the demo and the tests);
// no compiler flag: never enable the legacy experimentalDecorators.
import type { LogSink } from './manual-wrap.ts'
import { preserveMeta } from './preserve-meta.ts'
import { repeat as repeatFunction } from './repeat.ts'

// #region logged
type Method<This, A extends unknown[], R> =
  (this: This, ...args: A) => R

export function logged<
  This extends { log: LogSink }, A extends unknown[], R,
>(
  method: Method<This, A, R>,
  context: ClassMethodDecoratorContext<This>,
) {
  const name = String(context.name) // known at definition
  return function (this: This, ...args: A): R {
    this.log(`calling ${name}`) // the instance's log sink
    return method.apply(this, args)
  }
}
// #endregion logged

// #region repeat-method
// The three layers of repeat.ts, typed as a TC39 decorator.
export function repeat(n: number) {
  const decorate = repeatFunction(n) // a bad n fails here
  return function <This, A extends unknown[], R>(
    method: Method<This, A, R>,
    _context: ClassMethodDecoratorContext<This>,
  ) {
    // Keep the method's name for stack traces and logs.
    return preserveMeta(decorate(method), method)
  }
}
// #endregion repeat-method
