// The section's error taxonomy: one class per failure, each with a stable `code` so callers,
// logs and HTTP mapping never parse messages. Later decks import these; nothing redefines them.

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
export class LlmCallError extends Error {
  readonly code: string
  constructor(name: string, code: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = name // explicit: minified builds rename classes
    this.code = code
  }
  toJSON(): ErrorLogShape { return { name: this.name, code: this.code } }
}
export class QueueTimeoutError extends LlmCallError {
  constructor(options?: ErrorOptions) {
    super('QueueTimeoutError', 'QUEUE_TIMEOUT', 'no capacity in time', options)
  }
}
export class CallTimeoutError extends LlmCallError {
  constructor(options?: ErrorOptions) {
    super('CallTimeoutError', 'CALL_TIMEOUT', 'attempt too slow', options)
  }
}
// #endregion taxonomy

export class DeadlineExceededError extends LlmCallError {
  constructor(options?: ErrorOptions) {
    super('DeadlineExceededError', 'DEADLINE_EXCEEDED', 'the request exceeded its SLA', options)
  }
}
export class ClientAbortError extends LlmCallError {
  constructor(options?: ErrorOptions) {
    super('ClientAbortError', 'CLIENT_ABORT', 'the caller went away', options)
  }
}

// #region vendorErrors
export type TransportKind = 'refused' | 'reset' | 'socket' | 'connect-timeout'
  | 'headers-timeout' | 'body-timeout' | 'dns' | 'other'

export class TransportError extends LlmCallError {
  readonly kind: TransportKind
  constructor(kind: TransportKind, options?: ErrorOptions) {
    super('TransportError', `TRANSPORT_${kind.replace('-', '_').toUpperCase()}`, `transport: ${kind}`, options)
    this.kind = kind
  }
  override toJSON(): ErrorLogShape { return { ...super.toJSON(), kind: this.kind } }
}
export class UpstreamHttpError extends LlmCallError {
  readonly status: number
  readonly retryAfterMs: number | undefined
  constructor(status: number, retryAfterMs?: number, options?: ErrorOptions) {
    // The message never carries the vendor's text: it may reach a client or a log.
    super('UpstreamHttpError', `UPSTREAM_${status}`, `vendor answered ${status}`, options)
    this.status = status
    this.retryAfterMs = retryAfterMs
  }
  override toJSON(): ErrorLogShape {
    return { ...super.toJSON(), status: this.status, retryAfterMs: this.retryAfterMs }
  }
}
// #endregion vendorErrors

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
export class BreakerOpenError extends RejectedError {
  constructor(retryAfterMs: number) {
    super('BreakerOpenError', 'BREAKER_OPEN', 'circuit open: failing fast', retryAfterMs)
  }
}

const logShape = (err: unknown): ErrorLogShape =>
  err instanceof LlmCallError || err instanceof FinalFailure
    ? err.toJSON()
    : { name: err instanceof Error ? err.name : typeof err, code: 'UNKNOWN' }

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
    return { name: this.name, code: this.code, attempts: this.attempts, errors: this.errors.map(logShape) }
  }
}
// #endregion finalFailure
