// The single error handler of the web-api section: every thrown Error of an app (domain errors,
// zod validation failures, Hono's own HTTPExceptions, crashes) and every unmatched route
// leaves as one RFC 9457 problem body. Apps call `useProblemDetails(app)`; no other file
// formats an error response.
import type { Context, Env, ErrorHandler, Hono, NotFoundHandler, Schema } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ErrorStatus, ProblemInit } from './problem-details.ts'
import { problem, sendProblem, statusTitle } from './problem-details.ts'
import {
  AppError, AuthenticationError, AuthorizationError, BusinessValidationError, ConflictError,
  ExternalServiceError, NotFoundError, RateLimitError, RequestValidationError,
  ServiceUnavailableError, UpstreamTimeoutError,
} from './domain-errors.ts'

/** What the handler tells the logger about each error response (see error-logging.ts). */
export interface ErrorReport {
  /** The thrown error; undefined for an unmatched route. */
  err: Error | undefined
  status: ErrorStatus
  code: string
  /** Set for unexpected errors: the reference id the client sees in the body. */
  errorId?: string
  requestId?: string
  c: Context
}

export interface ProblemDetailsOptions {
  report?: (report: ErrorReport) => void
  /** Reference ids for unexpected errors; crypto.randomUUID by default. */
  newErrorId?: () => string
}

type ErrorClass = abstract new (...args: never[]) => AppError

/** Walk the prototype chain: the most specific registered class wins (FastAPI's MRO). */
// #region resolve-status
const STATUS_BY_CLASS = new Map<ErrorClass, ErrorStatus>([
  [NotFoundError, 404], [ConflictError, 409], [AuthenticationError, 401],
  [AuthorizationError, 403], [BusinessValidationError, 422], [RequestValidationError, 422],
  [RateLimitError, 429], [ExternalServiceError, 502], [UpstreamTimeoutError, 504],
  [ServiceUnavailableError, 503], [AppError, 400],
])

export function resolveStatus(err: AppError): ErrorStatus {
  let proto: unknown = Object.getPrototypeOf(err)
  for (; proto; proto = Object.getPrototypeOf(proto)) {
    const status = STATUS_BY_CLASS.get((proto as { constructor: ErrorClass }).constructor)
    if (status)
      return status
  }
  return 400
}
// #endregion resolve-status

function headersFor(err: AppError): Record<string, string> {
  if (err instanceof RateLimitError || err instanceof ServiceUnavailableError)
    return { 'Retry-After': String(err.retryAfterSeconds) }
  if (err instanceof AuthenticationError)
    return { 'WWW-Authenticate': 'Bearer' }
  return {}
}

/** Headers a prepared HTTPException response carries (e.g. WWW-Authenticate), minus the body's. */
function preparedHeaders(err: HTTPException): Record<string, string> {
  const headers: Record<string, string> = {}
  err.res?.headers.forEach((value, name) => {
    if (name !== 'content-type' && name !== 'content-length')
      headers[name] = value
  })
  return headers
}

const randomId = (): string => crypto.randomUUID()

type Send = (c: Context, err: Error | undefined, init: Omit<ProblemInit, 'requestId'>,
  headers?: Record<string, string>, errorId?: string) => Response

/** Builds the body, reports it for logging, sends it: the one exit of every error. */
function problemSender(report: ProblemDetailsOptions['report']): Send {
  return (c, err, init, headers = {}, errorId) => {
    const requestId: string | undefined = c.get('requestId')
    report?.({ err, status: init.status, code: init.code, errorId, requestId, c })
    return sendProblem(c, problem({ ...init, requestId }), headers)
  }
}

// #region error-handler
export function problemDetails(options: ProblemDetailsOptions = {}) {
  const send = problemSender(options.report)
  const onError: ErrorHandler = (err, c) => {
    if (err instanceof AppError) // ours: status from the map
      return send(c, err, { status: resolveStatus(err), code: err.code, detail: err.message,
        details: err.details, extensions: err.extensions }, headersFor(err))
    if (err instanceof HTTPException && err.status >= 400) // Hono's: bad JSON, 401, 413…
      return send(c, err, { status: err.status as ErrorStatus, code: `HTTP_${err.status}`,
        detail: err.message || statusTitle(err.status) }, preparedHeaders(err))
    return unexpected(c, err, send, options.newErrorId) // anything else: our bug
  }
  const notFound: NotFoundHandler = c => send(c, undefined,
    { status: 404, code: 'NOT_FOUND', detail: `No route for ${c.req.method} ${c.req.path}` })
  return { onError, notFound }
}
// #endregion error-handler

// #region unhandled
/** Our bug: a generic 500 with a reference id; the real error goes to the log only. */
function unexpected(c: Context, err: Error, send: Send, newErrorId = randomId) {
  const errorId = newErrorId()
  return send(c, err, {
    status: 500,
    code: 'INTERNAL_ERROR',
    detail: `An unexpected error occurred. Reference: ${errorId}`,
    instance: `urn:uuid:${errorId}`,
  }, {}, errorId)
}
// #endregion unhandled

// #region use-problem-details
/** Install the handler on an app: thrown errors via onError, unmatched routes via notFound. */
export function useProblemDetails<E extends Env, S extends Schema, B extends string>(
  app: Hono<E, S, B>, options?: ProblemDetailsOptions,
): Hono<E, S, B> {
  const { onError, notFound } = problemDetails(options)
  return app.onError(onError).notFound(notFound)
}
// #endregion use-problem-details
