// Catching ends propagation: once inner() handles the error, outer() cannot tell anything failed.
export type LogLine = (line: string) => void

// #region inner-outer
export function inner(raw: string, log: LogLine): void {
  try {
    JSON.parse(raw)
  }
  catch {
    log('inner: handled the SyntaxError')    // caught, not rethrown
  }
}

export function outer(raw: string, log: LogLine): void {
  inner(raw, log)                            // returns normally...
  log('outer: inner() succeeded, saving the result')     // ...so this runs
}
// #endregion inner-outer
