// Request-scoped log context without passing anything by hand: AsyncLocalStorage holds one store
// per request, and pino's mixin copies it into every line written while that request runs.
import { AsyncLocalStorage } from 'node:async_hooks'
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino'

export type RequestStore = Record<string, unknown>

// #region als
export const requestContext = new AsyncLocalStorage<RequestStore>()

/** Everything `fn` runs, across awaits, timers and callbacks, sees this store. */
export const withRequestContext = <T>(fields: RequestStore, fn: () => T): T =>
  requestContext.run({ ...fields }, fn)

/** Adds fields to the current request only (no-op outside a request). */
export function bindToRequest(fields: RequestStore): void {
  const store = requestContext.getStore()
  if (store)
    Object.assign(store, fields)
}
// #endregion als

export function currentRequestId(): string | undefined {
  const id = requestContext.getStore()?.request_id
  return typeof id === 'string' ? id : undefined
}

// #region mixin
/** pino calls this for every line: the current store's fields are merged in. */
export const requestContextMixin = (): RequestStore => ({ ...requestContext.getStore() })

export const createContextLogger = (destination: DestinationStream, options: LoggerOptions = {}): Logger =>
  pino({ ...options, mixin: requestContextMixin }, destination)
// #endregion mixin

// #region no-mixin
/** Mistake 3: the same logger without the mixin. Nothing fails; the ids are just never there. */
export const createLoggerWithoutMixin = (destination: DestinationStream, options: LoggerOptions = {}): Logger =>
  pino(options, destination) // requestContext.run(...) still works, but no line ever shows it
// #endregion no-mixin
