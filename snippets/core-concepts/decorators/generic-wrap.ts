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
    // Name and count only: values may hold secrets.
    log(`${fn.name} called with ${args.length} args`)
    return fn(...args) // same args in, same result out
  }
}
// #endregion impl

export function wrongCall(): number {
  const add = (a: number, b: number): number => a + b
  const tracedAdd = traced(add, () => {})
  // @ts-expect-error '3' is not a number: types kept
  return tracedAdd(2, '3')
}
// #endregion type-error
