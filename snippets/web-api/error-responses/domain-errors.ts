// Domain errors say what went wrong in the language of the business, not of HTTP:
// the service that throws them runs the same from a route, a CLI, a queue worker or a test.
// The one HTTP mapping lives in error-handler.ts. (Imports: zod only — a test checks it.)
import { z } from 'zod'

// #region error-codes
/** Application error codes: part of the public contract, never renamed casually. */
export const ErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST', NOT_FOUND: 'NOT_FOUND', USER_NOT_FOUND: 'USER_NOT_FOUND',
  CONFLICT: 'CONFLICT', EMAIL_TAKEN: 'EMAIL_TAKEN', UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN', VALIDATION_ERROR: 'VALIDATION_ERROR', RATE_LIMITED: 'RATE_LIMITED',
  INSUFFICIENT_FUNDS: 'INSUFFICIENT_FUNDS', EXTERNAL_SERVICE_ERROR: 'EXTERNAL_SERVICE_ERROR',
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT', SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode] // a union of the values
export const ErrorCodeSchema = z.enum(ErrorCode) // the OpenAPI document lists every code
// #endregion error-codes

/** One field-level problem; `field` is a dotted path, `null` for the whole input. */
export interface FieldIssue {
  field: string | null
  message: string
}

export interface AppErrorOptions {
  code?: ErrorCode
  details?: readonly FieldIssue[]
  /** Extra members for the problem body (RFC 9457 "extension members"), e.g. `balance`. */
  extensions?: Readonly<Record<string, unknown>>
  cause?: unknown
}

type RetryOptions = AppErrorOptions & { retryAfterSeconds?: number }

// #region domain-errors
export class AppError extends Error {
  static readonly defaultCode: ErrorCode = ErrorCode.BAD_REQUEST
  override readonly name: string = 'AppError'
  readonly code: ErrorCode
  readonly details: readonly FieldIssue[]
  readonly extensions: Readonly<Record<string, unknown>>

  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause }) // ES2022 cause: Python's `raise ... from err`
    this.code = options.code ?? new.target.defaultCode
    this.details = options.details ?? []
    this.extensions = options.extensions ?? {}
  }
}

// #endregion domain-errors

// #region more-errors
export class NotFoundError extends AppError {
  static override readonly defaultCode: ErrorCode = ErrorCode.NOT_FOUND
  override readonly name: string = 'NotFoundError'
}
export class ConflictError extends AppError {
  static override readonly defaultCode: ErrorCode = ErrorCode.CONFLICT
  override readonly name: string = 'ConflictError'
}
export class AuthenticationError extends AppError {
  static override readonly defaultCode: ErrorCode = ErrorCode.UNAUTHENTICATED
  override readonly name: string = 'AuthenticationError'
}
export class AuthorizationError extends AppError {
  static override readonly defaultCode: ErrorCode = ErrorCode.FORBIDDEN
  override readonly name: string = 'AuthorizationError'
}
// #endregion more-errors

// #region validation-errors
/** A business rule refused the input (the guide's ValidationError: zod has one already). */
export class BusinessValidationError extends AppError {
  static override readonly defaultCode: ErrorCode = ErrorCode.VALIDATION_ERROR
  override readonly name: string = 'BusinessValidationError'
}
/** The request did not match its schema (thrown by the shared zod validation hook). */
export class RequestValidationError extends AppError {
  static override readonly defaultCode: ErrorCode = ErrorCode.VALIDATION_ERROR
  override readonly name: string = 'RequestValidationError'
}
// #endregion validation-errors

// #region retryable-errors
export class RateLimitError extends AppError {
  static override readonly defaultCode: ErrorCode = ErrorCode.RATE_LIMITED
  override readonly name: string = 'RateLimitError'
  readonly retryAfterSeconds: number
  constructor(message: string, options: RetryOptions = {}) {
    super(message, options)
    this.retryAfterSeconds = options.retryAfterSeconds ?? 60
  }
}
export class ExternalServiceError extends AppError {
  static override readonly defaultCode: ErrorCode = ErrorCode.EXTERNAL_SERVICE_ERROR
  override readonly name: string = 'ExternalServiceError'
  readonly service: string
  constructor(service: string, message: string, options: AppErrorOptions = {}) {
    super(message, { ...options, extensions: { service, ...options.extensions } })
    this.service = service
  }
}
/** A subclass: the status map gives it 504 while its parent stays 502. */
export class UpstreamTimeoutError extends ExternalServiceError {
  static override readonly defaultCode: ErrorCode = ErrorCode.UPSTREAM_TIMEOUT
  override readonly name: string = 'UpstreamTimeoutError'
}
export class ServiceUnavailableError extends AppError {
  static override readonly defaultCode: ErrorCode = ErrorCode.SERVICE_UNAVAILABLE
  override readonly name: string = 'ServiceUnavailableError'
  readonly retryAfterSeconds: number
  constructor(message: string, options: RetryOptions = {}) {
    super(message, options)
    this.retryAfterSeconds = options.retryAfterSeconds ?? 30
  }
}
// #endregion retryable-errors

export interface User { id: number, email: string }

/** The guide's UserService: throws domain errors, knows nothing about HTTP. */
// #region service
export class UserService {
  readonly #users = new Map<number, User>([[1, { id: 1, email: 'ada@example.com' }]])
  getUser(id: number): User {
    const user = this.#users.get(id)
    if (!user)
      throw new NotFoundError(`User ${id} not found`, { code: ErrorCode.USER_NOT_FOUND })
    return user
  }
  createUser(email: string): User {
    if ([...this.#users.values()].some(u => u.email === email))
      throw new ConflictError(`Email ${email} is already registered`,
        { code: ErrorCode.EMAIL_TAKEN })
    const user = { id: this.#users.size + 1, email }
    this.#users.set(user.id, user)
    return user
  }
}
// #endregion service
