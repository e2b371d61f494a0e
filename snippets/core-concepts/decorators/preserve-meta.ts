// The `functools.wraps` analog: make the wrapper report the original's
// name and arity, so logs, metrics and stack traces name the right thing.

type AnyFunction = (...args: never[]) => unknown

export async function fetchUser(id: string, signal?: AbortSignal) {
  signal?.throwIfAborted()
  return `user ${id}`
}

// #region without
export function plainWrap<This, A extends unknown[], R>(
  fn: (this: This, ...args: A) => R,
): (this: This, ...args: A) => R {
  return function wrapper(this: This, ...args: A): R {
    return fn.apply(this, args)
  }
}
// #endregion without

// #region with
/** Copies name and length; they stay read-only. */
export function preserveMeta<W extends AnyFunction>(
  wrapper: W, original: AnyFunction,
): W {
  for (const key of ['name', 'length'] as const)
    Object.defineProperty(wrapper, key,
      { value: original[key] }) // other flags unchanged
  return wrapper
}
export const tracedFetchUser =
  preserveMeta(plainWrap(fetchUser), fetchUser)
// #endregion with
