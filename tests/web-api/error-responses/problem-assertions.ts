// Shared assertions of the web-api error contract: every error is an RFC 9457 problem body
// (application/problem+json) with the documented members, never a stack trace, never a 500
// for bad input. Used by the tests of web-api/validation and web-api/error-responses.
import { expect } from 'vitest'
import { ProblemDetails } from '../../../snippets/web-api/error-responses/problem-details.ts'

const STACK_LINE = /\n\s+at |\bat [\w.<>]+ \(|\.ts:\d+:\d+/

/** Reads `res` as a problem body and checks the parts every error shares. */
export async function expectProblem(res: Response, status: number, code: string) {
  const text = await res.text()
  expect(res.status, text).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  expect(text).not.toMatch(STACK_LINE)
  const body = ProblemDetails.parse(JSON.parse(text))
  expect(body).toMatchObject({ status, code })
  return { body, text, raw: JSON.parse(text) as Record<string, unknown> }
}

export interface JsonEndpoint {
  method: 'POST' | 'PUT' | 'PATCH'
  path: string
  /** A body the endpoint accepts. */
  valid: Record<string, unknown>
  /** A field and a value of the wrong type for it. */
  wrongType: [field: string, value: unknown]
  /** Fields the endpoint requires (an empty list for PATCH-style bodies). */
  required: readonly string[]
  /** Whether unknown keys are refused (strict objects). */
  strict: boolean
  /** The body limit the app enforces, in bytes. */
  maxBytes: number
}

export interface BadRequestCase {
  name: string
  init: RequestInit
  status: number
  code: string
  /** Field paths the problem's details must name, when the failure is a field's. */
  fields?: readonly string[]
}

const json = (method: string, body: string, contentType = 'application/json'): RequestInit =>
  ({ method, body, headers: { 'content-type': contentType } })

/** The bad-input matrix every JSON endpoint of the section is tested with. */
export function badJsonCases(e: JsonEndpoint): BadRequestCase[] {
  const [field, value] = e.wrongType
  const cases: BadRequestCase[] = [
    { name: 'wrong type', init: json(e.method, JSON.stringify({ ...e.valid, [field]: value })), status: 422, code: 'VALIDATION_ERROR', fields: [field] },
    { name: 'malformed JSON', init: json(e.method, '{"oops": '), status: 400, code: 'HTTP_400' },
    { name: 'wrong content type', init: json(e.method, JSON.stringify(e.valid), 'text/plain'), status: 415, code: 'HTTP_415' },
    { name: 'oversized body', init: json(e.method, JSON.stringify({ ...e.valid, padding: 'x'.repeat(e.maxBytes) })), status: 413, code: 'HTTP_413' },
  ]
  if (e.required.length)
    cases.push({ name: 'missing fields', init: json(e.method, '{}'), status: 422, code: 'VALIDATION_ERROR', fields: e.required })
  if (e.strict)
    cases.push({ name: 'unknown field', init: json(e.method, JSON.stringify({ ...e.valid, is_admin: true })), status: 422, code: 'VALIDATION_ERROR', fields: ['is_admin'] })
  return cases
}

/** Sends one case through `app.request` and checks the documented answer. */
export async function expectBadRequestAnswered(app: { request: (path: string, init: RequestInit) => Response | Promise<Response> }, path: string, c: BadRequestCase) {
  const { body } = await expectProblem(await app.request(path, c.init), c.status, c.code)
  if (c.fields)
    expect(body.details.map(d => d.field).sort()).toEqual([...c.fields].sort())
  return body
}
