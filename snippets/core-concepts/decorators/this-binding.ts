// `this` is decided by how a function is called. A wrapper must hand
// it on, or wrapped methods lose their instance.

// #region broken
// fn(...args) calls the method without its instance.
export function brokenWrap<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  return (...args) => fn(...args)
}
// #endregion broken

// #region fixed
// A `function` gets the caller's `this`; apply hands it on.
export function fixedWrap<This, A extends unknown[], R>(
  fn: (this: This, ...args: A) => R,
): (this: This, ...args: A) => R {
  return function (this: This, ...args: A): R {
    return fn.apply(this, args)
  }
}
// #endregion fixed

export class Greeter {
  greeting = 'Hello'

  greet(name: string): string {
    return `${this.greeting}, ${name}!`
  }
}
