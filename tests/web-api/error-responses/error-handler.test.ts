import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { captureConsole } from '../../support/capture-console.ts'
import {
  AppError, AuthenticationError, AuthorizationError, BusinessValidationError, ConflictError,
  ExternalServiceError, NotFoundError, RateLimitError, ServiceUnavailableError, UpstreamTimeoutError,
} from '../../../snippets/web-api/error-responses/domain-errors.ts'
import type { ErrorReport } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { resolveStatus, useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { validate } from '../../../snippets/web-api/validation/validation-hook.ts'
import { expectProblem } from './problem-assertions.ts'

class UserNotFoundError extends NotFoundError {
  override readonly name: string = 'UserNotFoundError'
}

const THROWN: Record<string, () => Error> = {
  'not-found': () => new NotFoundError('User 42 not found'),
  'conflict': () => new ConflictError('Email ada@example.com is already registered'),
  'unauthenticated': () => new AuthenticationError('Token expired'),
  'forbidden': () => new AuthorizationError('Admins only'),
  'business': () => new BusinessValidationError('Discount too high', { details: [{ field: 'percentage', message: 'At most 100' }] }),
  'rate-limit': () => new RateLimitError('Slow down'),
  'upstream': () => new ExternalServiceError('llm', 'The language model answered 500'),
  'upstream-timeout': () => new UpstreamTimeoutError('llm', 'Too slow'),
  'overloaded': () => new ServiceUnavailableError('Draining'),
  'subclass': () => new UserNotFoundError('User 7 not found'),
  'plain-app-error': () => new AppError('Logically invalid'),
  'crash': () => new Error('relation "users" does not exist'),
  'hono-401': () => new HTTPException(401, { res: new Response(null, { headers: { 'WWW-Authenticate': 'Bearer realm="api"' } }) }),
}

function makeApp(reports: ErrorReport[] = []) {
  const app = new Hono()
  app.use(requestId())
  app.get('/throw/:kind', (c) => {
    throw THROWN[c.req.param('kind')]!()
  })
  app.post('/echo', bodyLimit({ maxSize: 64 }), validate('json', z.strictObject({ n: z.number() })), c => c.json(c.req.valid('json')))
  return useProblemDetails(app, { report: r => reports.push(r), newErrorId: () => '0b8e4c1a-6f0e-4c8e-9a51-2f4f8b1d7e10' })
}

describe('the single error handler', () => {
  it.each([
    ['not-found', 404, 'NOT_FOUND'], ['conflict', 409, 'CONFLICT'], ['unauthenticated', 401, 'UNAUTHENTICATED'],
    ['forbidden', 403, 'FORBIDDEN'], ['business', 422, 'VALIDATION_ERROR'], ['rate-limit', 429, 'RATE_LIMITED'],
    ['upstream', 502, 'EXTERNAL_SERVICE_ERROR'], ['upstream-timeout', 504, 'UPSTREAM_TIMEOUT'],
    ['overloaded', 503, 'SERVICE_UNAVAILABLE'], ['plain-app-error', 400, 'BAD_REQUEST'],
  ] as const)('%s -> %i %s as a problem body', async (kind, status, code) => {
    const { body } = await expectProblem(await makeApp().request(`/throw/${kind}`), status, code)
    expect(body.detail).toBe(THROWN[kind]!().message)
    expect(body.type).toBe('about:blank')
  })

  it('keeps field details and extension members', async () => {
    const { raw } = await expectProblem(await makeApp().request('/throw/business'), 422, 'VALIDATION_ERROR')
    expect(raw.details).toEqual([{ field: 'percentage', message: 'At most 100' }])
    const upstream = await expectProblem(await makeApp().request('/throw/upstream'), 502, 'EXTERNAL_SERVICE_ERROR')
    expect(upstream.raw.service).toBe('llm')
  })

  it('a subclass of NotFoundError still yields 404 (prototype-chain lookup)', async () => {
    await expectProblem(await makeApp().request('/throw/subclass'), 404, 'NOT_FOUND')
    expect(resolveStatus(new UpstreamTimeoutError('llm', 'x'))).toBe(504) // more specific than its parent's 502
  })

  it('adds Retry-After: 60 to rate-limit errors and WWW-Authenticate to 401s', async () => {
    expect((await makeApp().request('/throw/rate-limit')).headers.get('retry-after')).toBe('60')
    expect((await makeApp().request('/throw/overloaded')).headers.get('retry-after')).toBe('30')
    expect((await makeApp().request('/throw/unauthenticated')).headers.get('www-authenticate')).toBe('Bearer')
  })

  it('renders Hono HTTPExceptions as HTTP_<status>, keeping their prepared headers', async () => {
    const res = await makeApp().request('/throw/hono-401')
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api"')
    await expectProblem(res, 401, 'HTTP_401')
  })

  it('malformed JSON -> 400 HTTP_400, oversized -> 413 HTTP_413, wrong type -> 415 HTTP_415', async () => {
    const post = (body: string, type = 'application/json') => makeApp().request('/echo', { method: 'POST', body, headers: { 'content-type': type } })
    await expectProblem(await post('{"n":'), 400, 'HTTP_400')
    await expectProblem(await post(JSON.stringify({ n: 1, pad: 'x'.repeat(100) })), 413, 'HTTP_413')
    await expectProblem(await post('n=1', 'text/plain'), 415, 'HTTP_415')
    expect(await (await post('{"n":1}')).json()).toEqual({ n: 1 })
  })

  it('unknown route -> 404 NOT_FOUND in the same shape', async () => {
    const { body } = await expectProblem(await makeApp().request('/nowhere'), 404, 'NOT_FOUND')
    expect(body.detail).toBe('No route for GET /nowhere')
  })

  it('an unexpected error -> 500 with a reference, without the internal message or a stack', async () => {
    const reports: ErrorReport[] = []
    const res = await makeApp(reports).request('/throw/crash')
    const { body, text } = await expectProblem(res, 500, 'INTERNAL_ERROR')
    expect(text).not.toContain('relation')
    expect(text).not.toContain('users')
    expect(body.detail).toMatch(/^An unexpected error occurred\. Reference: [0-9a-f-]{36}$/)
    expect(body.instance).toBe('urn:uuid:0b8e4c1a-6f0e-4c8e-9a51-2f4f8b1d7e10')
    expect(reports[0]).toMatchObject({ status: 500, errorId: '0b8e4c1a-6f0e-4c8e-9a51-2f4f8b1d7e10' })
    expect(reports[0]!.err?.message).toBe('relation "users" does not exist') // the log gets the truth
  })

  it('uses a fresh random reference id by default', async () => {
    const app = useProblemDetails(new Hono().get('/crash', () => {
      throw new TypeError('x is undefined')
    }))
    const a = (await (await app.request('/crash')).json() as { instance: string }).instance
    const b = (await (await app.request('/crash')).json() as { instance: string }).instance
    expect(a).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    expect(a).not.toBe(b)
  })

  it('error responses carry the request id, as header and body member', async () => {
    const res = await makeApp().request('/throw/not-found', { headers: { 'x-request-id': 'req-abc' } })
    expect(res.headers.get('x-request-id')).toBe('req-abc')
    expect((await expectProblem(res, 404, 'NOT_FOUND')).body.request_id).toBe('req-abc')
    const generated = await makeApp().request('/throw/crash')
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('throwing a non-Error escapes onError: app.request rejects (forbid it with a lint rule)', async () => {
    const app = useProblemDetails(new Hono().get('/string', () => {
      throw 'oops' // a string: not instanceof Error, so Hono re-throws it
    }))
    await expect(Promise.resolve().then(() => app.request('/string'))).rejects.toBe('oops')
  })

  it('the demo shows three failures in one shape', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/error-responses/error-handler.demo.ts'))
    expect(lines).toEqual([
      '/users/42 -> 404 application/problem+json USER_NOT_FOUND: User 42 not found',
      '/nowhere -> 404 application/problem+json NOT_FOUND: No route for GET /nowhere',
      '/crash -> 500 application/problem+json INTERNAL_ERROR: An unexpected error occurred. Reference: 0b8e4c1a-6f0e-4c8e-9a51-2f4f8b1d7e10',
    ])
  })
})
