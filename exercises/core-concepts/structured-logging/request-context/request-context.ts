// Exercise: every line written during a request carries request_id, method and path,
// without any handler passing them. Run: npm run exercise -- core-concepts/structured-logging/request-context
import { AsyncLocalStorage } from 'node:async_hooks'
import type { MiddlewareHandler } from 'hono'
import type { RequestIdVariables } from 'hono/request-id'
import pino, { type DestinationStream, type Logger } from 'pino'

export interface RequestFields {
  request_id: string
  method: string
  path: string
}

/** One store per request; empty outside requests. */
export const requestStore = new AsyncLocalStorage<RequestFields>()

/** The logger every module uses. */
export function createAppLogger(destination: DestinationStream): Logger {
  // TODO: copy the current request's fields into every line (pino option `mixin`)
  return pino({ base: undefined }, destination)
}

/** Register after hono/request-id: `app.use(requestId(), requestContext())`. */
export function requestContext(): MiddlewareHandler<{ Variables: RequestIdVariables }> {
  return async (_c, next) => {
    // TODO: build { request_id, method, path } from the context and run next() inside requestStore
    await next()
  }
}
