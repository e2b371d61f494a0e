import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { describe, expect, it } from 'vitest'
import { errorResponses, problem, ProblemDetails, PROBLEM_JSON } from '../../../snippets/web-api/error-responses/problem-details.ts'

describe('the problem details shape (RFC 9457 + code, details, request_id)', () => {
  it('validates the guide\'s two example bodies', () => {
    expect(ProblemDetails.safeParse({
      type: 'about:blank', title: 'Not Found', status: 404, detail: 'User 42 not found', code: 'USER_NOT_FOUND', details: [],
    }).success).toBe(true)
    expect(ProblemDetails.safeParse({
      type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'Request validation failed', code: 'VALIDATION_ERROR',
      details: [{ field: 'email', message: 'Invalid email address' }, { field: 'age', message: 'Too small: expected number to be >=0' }],
      request_id: 'req-1',
    }).success).toBe(true)
  })

  it('refuses a code outside the contract and a success status', () => {
    const base = { type: 'about:blank', title: 'x', detail: 'x', details: [] }
    expect(ProblemDetails.safeParse({ ...base, status: 404, code: 'USR_NOT_FOUND' }).success).toBe(false)
    expect(ProblemDetails.safeParse({ ...base, status: 200, code: 'NOT_FOUND' }).success).toBe(false)
    expect(ProblemDetails.safeParse({ ...base, status: 413, code: 'HTTP_413' }).success).toBe(true)
  })

  it('z.toJSONSchema marks the required members', () => {
    const schema = z.toJSONSchema(ProblemDetails) as { required: string[] }
    expect(schema.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'code', 'details']))
    expect(schema.required).not.toContain('request_id')
  })

  it('the builder fills type and title, and extensions cannot overwrite standard members', () => {
    const body = problem({ status: 400, code: 'INSUFFICIENT_FUNDS', detail: 'Too low', extensions: { balance: 3, status: 200 }, requestId: 'r1' })
    expect(body).toEqual({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Too low', code: 'INSUFFICIENT_FUNDS', details: [], balance: 3, request_id: 'r1' })
  })

  it('/openapi.json of a sample route lists 404 and 422 referencing the ProblemDetails component', async () => {
    const app = new OpenAPIHono()
    app.openapi(createRoute({
      method: 'get', path: '/users/{id}',
      request: { params: z.object({ id: z.string() }) },
      responses: { 200: { description: 'OK' }, ...errorResponses(404, 422) },
    }), c => c.body(null, 200))
    app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 't', version: '1' } })
    const doc = await (await app.request('/openapi.json')).json() as {
      paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> }>>
      components: { schemas: Record<string, unknown> }
    }
    const responses = doc.paths['/users/{id}']!.get!.responses
    for (const status of ['404', '422'])
      expect(responses[status]!.content[PROBLEM_JSON]!.schema.$ref).toBe('#/components/schemas/ProblemDetails')
    expect(doc.components.schemas).toHaveProperty('ProblemDetails')
    expect(doc.components.schemas).toHaveProperty('FieldError')
  })
})
