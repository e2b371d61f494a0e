// The ONE error body of the web-api section: RFC 9457 problem details
// (`application/problem+json`) with three extension members every deck relies on:
// `code` (the application error code), `details` (field errors) and `request_id`.
// Every error response of every app is built by `problem()` below and sent by `sendProblem()`;
// the single handler that calls them is error-handler.ts, the validation hook feeds it.
import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { ClientErrorStatusCode, ServerErrorStatusCode } from 'hono/utils/http-status'
import type { FieldIssue } from './domain-errors.ts'
import { ErrorCodeSchema } from './domain-errors.ts'

export type ErrorStatus = ClientErrorStatusCode | ServerErrorStatusCode
export const PROBLEM_JSON = 'application/problem+json'
type Headers = Record<string, string>
type ErrorResponseDoc = {
  description: string
  content: { [PROBLEM_JSON]: { schema: typeof ProblemDetails } }
}

// #region error-schema
export const FieldError = z.object({
  field: z.string().nullable().describe('Dotted path like a.b.c; null = the whole input'),
  message: z.string(),
}).openapi('FieldError')

export const ProblemDetails = z.object({
  type: z.string().describe('Problem type URI; about:blank = the status says it all'),
  title: z.string().describe('Summary of the status, e.g. "Not Found"'),
  status: z.int().min(400).max(599),
  detail: z.string().describe('Human-readable explanation of this occurrence'),
  instance: z.string().optional().describe('This occurrence: urn:uuid:<reference>'),
  code: z.union([ErrorCodeSchema, z.string().regex(/^HTTP_[45]\d\d$/)]), // extension
  details: z.array(FieldError), // extension: field errors
  request_id: z.string().optional(), // extension: ties the body to the log
}).openapi('ProblemDetails')
export type ProblemDetails = z.infer<typeof ProblemDetails>
// #endregion error-schema

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 413: 'Content Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content',
  429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout',
}
export const statusTitle = (status: number) => TITLES[status] ?? (status < 500 ? 'Client Error' : 'Server Error')

export interface ProblemInit {
  status: ErrorStatus
  code: string
  detail: string
  details?: readonly FieldIssue[]
  instance?: string
  requestId?: string
  /** RFC 9457 extension members; they can never overwrite the standard ones. */
  extensions?: Readonly<Record<string, unknown>>
}

type Problem = ProblemDetails & Record<string, unknown>

// #region problem-builder
export function problem(init: ProblemInit): Problem {
  return {
    ...init.extensions, // first: extensions never overwrite the standard members
    type: 'about:blank',
    title: statusTitle(init.status),
    status: init.status,
    detail: init.detail,
    ...(init.instance ? { instance: init.instance } : {}),
    code: init.code,
    details: [...(init.details ?? [])],
    ...(init.requestId ? { request_id: init.requestId } : {}),
  }
}

export const sendProblem = (c: Context, body: ProblemDetails, headers: Headers = {}) =>
  c.json(body, body.status as ErrorStatus, { ...headers, 'Content-Type': PROBLEM_JSON })
// #endregion problem-builder

// #region openapi-errors
const problemContent = { content: { [PROBLEM_JSON]: { schema: ProblemDetails } } }

/** The error part of createRoute({ responses }): each status documents ProblemDetails. */
export function errorResponses<const S extends readonly ErrorStatus[]>(...statuses: S) {
  const entries = statuses.map(s => [s, { description: statusTitle(s), ...problemContent }])
  return Object.fromEntries(entries) as Record<S[number], ErrorResponseDoc>
}
// #endregion openapi-errors
