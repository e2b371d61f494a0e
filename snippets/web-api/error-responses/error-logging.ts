// Log where errors are handled: the single error handler reports every error response here.
// Node only (pino to a destination stream; the client IP comes from the Node socket).
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { pino } from 'pino'
import type { DestinationStream, Logger, LoggerOptions } from 'pino'
import type { ErrorReport } from './error-handler.ts'

// #region redaction
/** Credentials and personal data never reach the log, even when someone logs the wrong object. */
export const REDACT_PATHS = [
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]',
  'password', '*.password', '*.*.password', 'err.*.*.password', 'token', '*.token', '*.*.token',
]

export const createLogger = (to?: DestinationStream, options: LoggerOptions = {}): Logger =>
  pino({ base: undefined, ...options, redact: { paths: REDACT_PATHS } }, to ?? pino.destination(1))
// #endregion redaction

/** The TCP peer when served by @hono/node-server; undefined in-process (app.request). */
function clientIp(c: Context): string | undefined {
  const env: unknown = c.env
  return typeof env === 'object' && env !== null && 'incoming' in env ? getConnInfo(c).remote.address : undefined
}

// #region error-logging
export const levelFor = (status: number) => (status >= 500 ? 'error' : 'warn')

export function logErrors(logger: Logger) {
  return ({ err, status, code, errorId, requestId, c }: ErrorReport): void => {
    logger[levelFor(status)]({
      err: status >= 500 ? err : undefined, // stack + cause chain only where someone must act
      error_type: err ? err.constructor.name : 'NoRoute', code, status,
      error_id: errorId, request_id: requestId, // correlation: body reference <-> this line
      method: c.req.method, path: c.req.path, route: c.req.routePath,
      query: new URL(c.req.url).search, client_ip: clientIp(c),
      req: { headers: Object.fromEntries(c.req.raw.headers) }, // redacted above
    }, err?.message || `${status} ${code}`)
  }
}
// #endregion error-logging
