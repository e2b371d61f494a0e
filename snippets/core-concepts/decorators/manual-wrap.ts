// The smallest decorator: a function that takes a function and returns a replacement.

// #region wrap
export type LogSink = (line: string) => void

/** Returns a replacement for `fn` that logs around every call. */
export function wrap<R>(fn: () => R, log: LogSink): () => R {
  return function wrapper(): R {
    log('before')
    const result = fn()
    log('after')
    return result // forget this line and every caller gets undefined
  }
}
// #endregion wrap

// #region usage
export function makeSayHello(log: LogSink): () => string {
  let sayHello = (): string => {
    log('Hello!')
    return 'greeted'
  }
  sayHello = wrap(sayHello, log) // rebind: the name now points at the wrapper
  return sayHello
}
// #endregion usage
