// A wrapper that forwards any arguments and keeps the exact signature
// of what it wraps. The `type-error` region is self-contained so the
// slide's editor can type-check it on its own.

// #region type-error
// #region signature
export function traced<A extends unknown[], R>(
  fn: (...args: A) => R,
  log: (line: string) => void,
): (...args: A) => R {
// #endregion signature
// #region impl
  return function (...args: A): R {
    // Name and count only: values may be secrets or personal data.
    log(`calling ${fn.name} with ${args.length} argument(s)`)
    return fn(...args) // same arguments in, same result out
  }
}
// #endregion impl

export function wrongCall(): number {
  const add = (a: number, b: number): number => a + b
  const tracedAdd = traced(add, () => {})
  // @ts-expect-error tracedAdd kept add's types: '3' is no number
  return tracedAdd(2, '3')
}
// #endregion type-error
