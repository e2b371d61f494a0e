// Request-scoped log context without passing anything by hand: AsyncLocalStorage holds one store
// per request, and pino's mixin copies it into every line written while that request runs.
import { AsyncLocalStorage } from 'node:async_hooks'
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino'

export type RequestStore = Record<string, unknown>

// #region als
export const requestContext =
  new AsyncLocalStorage<RequestStore>()

/** Everything `fn` runs sees the store: awaits, timers too. */
export const withRequestContext =
  <T>(fields: RequestStore, fn: () => T): T =>
    requestContext.run({ ...fields }, fn)

/** Adds fields to the current request only. */
export function bindToRequest(fields: RequestStore) {
  const store = requestContext.getStore()
  if (store) // outside a request: nothing to do
    Object.assign(store, fields)
}
// #endregion als

export function currentRequestId(): string | undefined {
  const id = requestContext.getStore()?.request_id
  return typeof id === 'string' ? id : undefined
}

type Dest = DestinationStream
type Options = LoggerOptions

// #region mixin
/** pino calls this for every line and merges it in. */
export const requestContextMixin = () =>
  ({ ...requestContext.getStore() })

export const createContextLogger =
  (destination: Dest, options: Options = {}): Logger =>
    pino({ ...options, mixin: requestContextMixin }, destination)
// #endregion mixin

// #region no-mixin
/** Mistake 3: no mixin. Nothing fails, nothing warns. */
export const createLoggerWithoutMixin =
  (destination: Dest, options: Options = {}): Logger =>
    pino(options, destination) // the store never shows
// #endregion no-mixin
