// Production logging for the call: one request id per request (from X-Request-ID or generated),
// carried by AsyncLocalStorage into every pino line, forwarded to the vendor on every attempt;
// one child logger per attempt; credentials redacted. Node only (AsyncLocalStorage).
import type { MiddlewareHandler } from 'hono'
import type { Logger } from 'pino'
import { currentRequestId, withRequestContext } from '../../core-concepts/structured-logging/request-context.ts'
import { callLlm, type CallDeps, type CallLog, type LlmRequest, type LlmResponse } from './callLlm.ts'

// #region requestIdHeader
/** Takes the caller's X-Request-ID (or makes one), echoes it,
 *  and opens the request's log context. */
export const requestId = (): MiddlewareHandler => async (c, next) => {
  const incoming = c.req.header('x-request-id') ?? ''
  const valid = /^[\w.:-]{1,128}$/.test(incoming) // never log raw input
  const id = valid ? incoming : crypto.randomUUID()
  c.header('x-request-id', id)
  await withRequestContext({ request_id: id }, next)
}
// #endregion requestIdHeader

// #region requestLogger
/** Turns callLlm's events into pino lines; request_id
 *  comes from the context (pino mixin). */
export function pinoCallLog(logger: Logger): CallLog {
  return (event, { request_id: _fromContext, attempt, ...fields }) => {
    // one child logger per attempt
    const log = attempt === undefined ? logger : logger.child({ attempt })
    if (event.startsWith('vendor_') && event !== 'vendor_success')
      log.warn({ event, ...fields })
    else
      log.info({ event, ...fields })
  }
}
// #endregion requestLogger

// #region events
/** The call with logs: the same id in every line and in every vendor request. */
export function productionCall(
  req: LlmRequest, deps: CallDeps, logger: Logger, signal: AbortSignal,
): Promise<LlmResponse> {
  const id = req.requestId ?? currentRequestId() ?? crypto.randomUUID()
  return withRequestContext({ request_id: id }, () =>
    callLlm({ ...req, requestId: id }, { ...deps, log: pinoCallLog(logger) }, signal))
}
// #endregion events
