// The section's error taxonomy: one class per failure, each with a stable code so callers, logs
// and the HTTP mapping never parse messages. The four clock errors (queue, call, SLA, caller) are
// deck 2's, re-exported here; later decks import this file and redefine nothing. Browser-runnable.
import {
  CallTimeoutError, ClientAbortError, DeadlineExceededError, QueueTimeoutError,
} from '../concurrency-and-timeouts/timeoutErrors.ts'

export { CallTimeoutError, ClientAbortError, DeadlineExceededError, QueueTimeoutError }

/** What an error says about itself in a log line: codes and numbers, never bodies or header values. */
export interface ErrorLogShape {
  name: string
  code: string
  status?: number
  kind?: string
  retryAfterMs?: number
  attempts?: number
  errors?: ErrorLogShape[]
}

// #region taxonomy
/** Base of every error the call path raises itself. */
export class LlmCallError extends Error {
  readonly code: string
  constructor(
    name: string, code: string,
    message: string, options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = name // explicit: minified builds rename
    this.code = code
  }
  toJSON(): ErrorLogShape {
    return { name: this.name, code: this.code }
  }
}
// #endregion taxonomy

// #region transportError
export type TransportKind = 'refused' | 'reset' | 'socket'
  | 'connect-timeout' | 'headers-timeout' | 'body-timeout'
  | 'dns' | 'other'

export class TransportError extends LlmCallError {
  readonly kind: TransportKind
  constructor(kind: TransportKind, options?: ErrorOptions) {
    const code = `TRANSPORT_${kind.replace('-', '_').toUpperCase()}`
    super('TransportError', code, `transport: ${kind}`, options)
    this.kind = kind
  }
  override toJSON(): ErrorLogShape {
    return { ...super.toJSON(), kind: this.kind }
  }
}
// #endregion transportError

// #region upstreamHttpError
export class UpstreamHttpError extends LlmCallError {
  readonly status: number
  readonly retryAfterMs: number | undefined
  constructor(status: number, retryAfterMs?: number, opts?: ErrorOptions) {
    // Never the vendor's text: it may reach a client or a log.
    const message = `vendor answered ${status}`
    super('UpstreamHttpError', `UPSTREAM_${status}`, message, opts)
    this.status = status
    this.retryAfterMs = retryAfterMs
  }
  override toJSON(): ErrorLogShape {
    const { status, retryAfterMs } = this
    return { ...super.toJSON(), status, retryAfterMs }
  }
}
// #endregion upstreamHttpError

/** Our own rejections: overload protection said no. Never retried, never a breaker failure. */
export class RejectedError extends LlmCallError {
  readonly retryAfterMs: number
  constructor(name: string, code: string, message: string, retryAfterMs: number, options?: ErrorOptions) {
    super(name, code, message, options)
    this.retryAfterMs = retryAfterMs
  }
  override toJSON(): ErrorLogShape { return { ...super.toJSON(), retryAfterMs: this.retryAfterMs } }
}
export class AdmissionRejectedError extends RejectedError {
  constructor(retryAfterMs = 1_000) {
    super('AdmissionRejectedError', 'ADMISSION_REJECTED', 'too many requests in flight', retryAfterMs)
  }
}
export class LoadShedError extends RejectedError {
  readonly status: 429 | 503
  constructor(status: 429 | 503, retryAfterMs = 1_000) {
    super('LoadShedError', 'LOAD_SHED', 'shed under load', retryAfterMs)
    this.status = status
  }
}
export class UserRateLimitedError extends RejectedError {
  readonly remaining: number
  constructor(retryAfterMs: number, remaining = 0) {
    super('UserRateLimitedError', 'USER_RATE_LIMITED', 'user or endpoint rate limit reached', retryAfterMs)
    this.remaining = remaining
  }
}
export class VendorQuotaExceededError extends RejectedError {
  constructor(retryAfterMs: number, options?: ErrorOptions) {
    super('VendorQuotaExceededError', 'VENDOR_QUOTA_EXCEEDED', 'vendor quota exhausted for this window', retryAfterMs, options)
  }
}
/** A shared (Redis) limiter could not answer: fail closed with 503, never queue while it is down. */
export class LimiterUnavailableError extends RejectedError {
  constructor(options?: ErrorOptions) {
    super('LimiterUnavailableError', 'LIMITER_UNAVAILABLE', 'shared limiter store unavailable', 1_000, options)
  }
}
export class BreakerOpenError extends RejectedError {
  constructor(retryAfterMs: number) {
    super('BreakerOpenError', 'BREAKER_OPEN', 'circuit open: failing fast', retryAfterMs)
  }
}

// #region codes
const CLOCK_CODES = [
  [QueueTimeoutError, 'QUEUE_TIMEOUT'],
  [CallTimeoutError, 'CALL_TIMEOUT'],
  [DeadlineExceededError, 'DEADLINE_EXCEEDED'],
  [ClientAbortError, 'CLIENT_ABORT'],
] as const

/** The stable code of any error: what logs, metrics and HTTP bodies carry. */
export function errorCode(err: unknown): string {
  if (err instanceof LlmCallError || err instanceof FinalFailure)
    return err.code
  return CLOCK_CODES.find(([cls]) => err instanceof cls)?.[1] ?? 'UNKNOWN'
}
// #endregion codes

/** The log shape of any error: codes and numbers only. */
export function toLogShape(err: unknown): ErrorLogShape {
  if (err instanceof LlmCallError || err instanceof FinalFailure)
    return err.toJSON()
  return { name: err instanceof Error ? err.name : typeof err, code: errorCode(err) }
}

// #region finalFailure
/** The retry loop gave up: every attempt's error, in order (Python keeps only the last). */
export class FinalFailure extends AggregateError {
  readonly code = 'FINAL_FAILURE'
  readonly attempts: number
  constructor(errors: readonly unknown[], message = 'the vendor call failed', options?: ErrorOptions) {
    super(errors, `${message} after ${errors.length} attempt(s)`, options)
    this.name = 'FinalFailure'
    this.attempts = errors.length
  }
  /** The error that ended the loop. */
  get last(): unknown { return this.errors.at(-1) }
  toJSON(): ErrorLogShape {
    return { name: this.name, code: this.code, attempts: this.attempts, errors: this.errors.map(toLogShape) }
  }
}
// #endregion finalFailure
