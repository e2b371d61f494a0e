// The section's single error -> HTTP mapping: every failure becomes a status the client can act
// on, with Retry-After where waiting helps, stable codes, and never internal or vendor text.
// Extends call-patterns' toResponse with the admission, user-limit and validation rows. Browser-runnable.
import {
  AdmissionRejectedError, ClientAbortError, DeadlineExceededError, errorCode, FinalFailure, LimiterUnavailableError,
  QueueTimeoutError, UpstreamHttpError, UserRateLimitedError, VendorQuotaExceededError,
} from '../call-patterns/errors.ts'
import { retryAfterHeader } from '../call-patterns/retryAfter.ts'

/** A request we refuse to process: 400 (unreadable JSON) or 422 (well-formed, wrong shape). */
export class InvalidRequestError extends Error {
  readonly status: 400 | 422
  readonly issues: string[] // field paths only, never the submitted values
  constructor(status: 400 | 422, issues: string[] = []) {
    super(status === 400 ? 'malformed body' : 'invalid body')
    this.name = 'InvalidRequestError'
    this.status = status
    this.issues = issues
  }
}

export type ErrorLog = (line: { msg: string, code: string, stack?: string }) => void

const json = (status: number, body: object, headers: Record<string, string> = {}): Response =>
  Response.json(body, { status, headers })
const wait = (ms: number) => ({ 'retry-after': retryAfterHeader(ms) })

// #region errorToResponse
export function errorToResponse(err: unknown, log: ErrorLog): Response {
  if (err instanceof QueueTimeoutError)
    return json(503, { error: 'overloaded', code: errorCode(err) }, wait(1_000))
  if (err instanceof AdmissionRejectedError || err instanceof LimiterUnavailableError)
    return json(503, { error: 'overloaded', code: err.code }, wait(err.retryAfterMs))
  if (err instanceof UserRateLimitedError) {
    const headers = { ...wait(err.retryAfterMs), 'x-ratelimit-remaining': String(err.remaining) }
    return json(429, { error: 'rate_limited', code: err.code }, headers)
  }
  if (err instanceof VendorQuotaExceededError) // not retried: the request already waited its budget
    return json(429, { error: 'vendor_quota', code: err.code }, wait(err.retryAfterMs))
  if (err instanceof FinalFailure) {
    const last = err.last // a vendor 429 whose advice outlived our SLA: pass the advice on
    if (last instanceof UpstreamHttpError && last.status === 429 && last.retryAfterMs !== undefined)
      return json(429, { error: 'vendor_rate_limited', code: err.code }, wait(last.retryAfterMs))
    return json(502, { error: 'upstream_failed', code: errorCode(last) }) // stable code, no vendor text
  }
  if (err instanceof DeadlineExceededError)
    return json(504, { error: 'deadline_exceeded', code: errorCode(err) })
  if (err instanceof InvalidRequestError)
    return json(err.status, { error: 'invalid_request', issues: err.issues })
  if (err instanceof ClientAbortError)
    return new Response(null, { status: 499 }) // nobody listens: no body, no error log
  log({ msg: 'unexpected error', code: 'INTERNAL', stack: err instanceof Error ? err.stack : String(err) })
  return json(500, { error: 'internal' }) // a bug: log it with its stack, tell the client nothing
}
// #endregion errorToResponse
