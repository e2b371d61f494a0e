// A catch clause receives `unknown` (strict TS): JS can throw anything, so narrow before use.

// #region instanceof-chain
export function explain(run: () => unknown): string {
  try {
    run()
  }
  catch (err) {                          // err: unknown
    if (err instanceof SyntaxError)      // specific first...
      return `bad input: ${err.message}`
    if (err instanceof RangeError)
      return `out of range: ${err.message}`
    throw err                            // ...everything else goes up, same object
  }
  return 'ok'
}
// #endregion instanceof-chain

// #region to-error
export function toError(value: unknown): Error {
  if (value instanceof Error)
    return value
  if (typeof value === 'string')
    return new Error(value)
  return new Error(`non-Error thrown: ${describe(value)}`, { cause: value })
}
// #endregion to-error

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  }
  catch {
    return String(value)                 // circular objects, BigInt
  }
}
