// The smallest decorator: a function that takes a function and
// returns a replacement.

// #region wrap
export type LogSink = (line: string) => void

export function wrap<R>(fn: () => R, log: LogSink): () => R {
  return function wrapper(): R {
    log('before')
    const result = fn()
    log('after')
    return result // forget this and every caller gets undefined
  }
}
// #endregion wrap

// #region usage
export function makeSayHello(log: LogSink): () => string {
  let sayHello = (): string => {
    log('Hello!')
    return 'greeted'
  }
  sayHello = wrap(sayHello, log) // the name now means the wrapper
  return sayHello
}
// #endregion usage
