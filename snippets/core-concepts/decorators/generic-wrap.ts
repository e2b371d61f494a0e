// A wrapper that forwards any arguments and keeps the exact signature of what it wraps.
// The `type-error` region is self-contained so an editor on the slide can type-check it alone.

// #region type-error
// #region signature
export function traced<A extends unknown[], R>(
  fn: (...args: A) => R,
  log: (line: string) => void,
): (...args: A) => R {
// #endregion signature
// #region impl
  return function (...args: A): R {
    // Name and count only: argument values may be secrets or personal data.
    log(`calling ${fn.name} with ${args.length} argument(s)`)
    return fn(...args) // same arguments in, same value (or error) out
  }
}
// #endregion impl

export function wrongCall(): number {
  const add = (a: number, b: number): number => a + b
  const tracedAdd = traced(add, () => {})
  // @ts-expect-error tracedAdd kept add's (a: number, b: number): '3' is not a number
  return tracedAdd(2, '3')
}
// #endregion type-error
