// #region wrap
export type LogSink = (line: string) => void

export function wrap<R>(fn: () => R, log: LogSink = console.log): () => R {
  return function wrapper() {
    log('before')
    const result = fn()
    log('after')
    return result
  }
}
// #endregion wrap
