// TC39 standard method decorators: (method, context) in, replacement method out.
// Applied with `@` on class methods (see the demo and the tests); no compiler flag needed.
import type { LogSink } from './manual-wrap.ts'
import { preserveMeta } from './preserve-meta.ts'
import { repeat as repeatFunction } from './repeat.ts'

// #region logged
export interface HasLog { log: LogSink }

/** Logs every call by the method's name, through the instance's own log sink. */
export function logged<This extends HasLog, A extends unknown[], R>(
  method: (this: This, ...args: A) => R,
  context: ClassMethodDecoratorContext<This, (this: This, ...args: A) => R>,
) {
  const name = String(context.name) // read once, when the class is defined
  return function (this: This, ...args: A): R {
    this.log(`calling ${name}`)
    return method.apply(this, args)
  }
}
// #endregion logged

// #region repeat-method
/** `@repeat(n)` on methods: the three layers of repeat.ts, typed as a TC39 decorator. */
export function repeat(n: number) {
  const decorate = repeatFunction(n) // a bad n fails here, when the class is defined
  return function <This, A extends unknown[], R>(
    method: (this: This, ...args: A) => R,
    _context: ClassMethodDecoratorContext<This, (this: This, ...args: A) => R>,
  ) {
    return preserveMeta(decorate(method), method) // stack traces name the method
  }
}
// #endregion repeat-method
