// The smallest decorator: a function that takes a function and
// returns a replacement.

// #region wrap
export type LogSink = (line: string) => void

export function wrap<R>(
  fn: () => R,
  log: LogSink,
) {
  return function wrapper(): R {
    log('before')
    const result = fn()
    log('after')
    return result // or callers get undefined
  }
}
// #endregion wrap

// #region usage
export function makeSayHello(log: LogSink) {
  let sayHello = (): string => {
    log('Hello!')
    return 'greeted'
  }
  sayHello = wrap(sayHello, log) // rebind
  return sayHello
}
// #endregion usage
