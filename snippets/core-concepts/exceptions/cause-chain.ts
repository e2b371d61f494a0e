// Libraries wrap errors (fetch: TypeError('fetch failed') with the socket error as cause; Drizzle:
// a query error with the driver error as cause). Walk the chain instead of guessing its depth.

// #region find-cause
export const hasCode = (value: unknown, code: string): value is Error & { code: string } =>
  value instanceof Error && 'code' in value && value.code === code

export function findCause<T>(err: unknown, match: (value: unknown) => value is T, maxDepth = 10) {
  const seen = new Set<unknown>()
  let current = err
  for (let depth = 0; depth <= maxDepth && current !== undefined; depth++) {
    if (match(current))
      return current
    if (seen.has(current))
      return undefined                 // a cycle: a -> b -> a
    seen.add(current)
    current = current instanceof Error ? current.cause : undefined
  }
  return undefined
}
// #endregion find-cause
