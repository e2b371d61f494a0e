// Functions are values: stored, passed and returned like any other
// value. Everything else in this deck is built on these three moves.

// #region assign
export function greet(name: string): string {
  return `Hello, ${name}!`
}

// No parentheses: stored, not called.
export const sayHello = greet
// #endregion assign

// #region pass-return
/** Takes a function; decides when to call it. */
export function callWith<A extends unknown[], R>(
  fn: (...args: A) => R,
  ...args: A
): R {
  return fn(...args)
}

/** Returns a new function, to call later. */
export function makeGreeter(greeting: string) {
  return (who: string) => `${greeting}, ${who}!`
}
// #endregion pass-return
