import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { createApp, createDefaultApp, OrderService } from '../../../snippets/web-api/error-responses/app.ts'
import { UserService } from '../../../snippets/web-api/error-responses/domain-errors.ts'
import { PROBLEM_JSON } from '../../../snippets/web-api/error-responses/problem-details.ts'
import { expectSameOverLoopback } from './equivalence.ts'
import { badJsonCases, expectBadRequestAnswered, expectProblem } from './problem-assertions.ts'
import type { JsonEndpoint } from './problem-assertions.ts'

const KEY = '7d3c2a9e-1b4f-4e8a-9c6d-5f2e1a0b3c4d'
const json = (body: unknown, headers: Record<string, string> = {}) =>
  ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

const ENDPOINTS: JsonEndpoint[] = [
  { method: 'POST', path: '/users', valid: { email: 'grace@example.com' }, wrongType: ['email', 42], required: ['email'], strict: true, maxBytes: 16 * 1024 },
  { method: 'POST', path: '/orders', valid: { productId: 'kbd-1', quantity: 1, idempotencyKey: KEY }, wrongType: ['quantity', '1'], required: ['productId', 'quantity', 'idempotencyKey'], strict: true, maxBytes: 16 * 1024 },
]

describe('the complete app: clean endpoints, one error shape', () => {
  it('GET /users/{id}: found, missing, and a wrong-typed id', async () => {
    const app = createDefaultApp()
    expect(await (await app.request('/users/1')).json()).toEqual({ id: 1, email: 'ada@example.com' })
    await expectProblem(await app.request('/users/42'), 404, 'USER_NOT_FOUND')
    const { body } = await expectProblem(await app.request('/users/abc'), 422, 'VALIDATION_ERROR')
    expect(body.details.map(d => d.field)).toEqual(['id'])
  })

  it('POST /users: created, then 409 EMAIL_TAKEN', async () => {
    const app = createDefaultApp()
    expect((await app.request('/users', json({ email: 'grace@example.com' }))).status).toBe(201)
    await expectProblem(await app.request('/users', json({ email: 'grace@example.com' })), 409, 'EMAIL_TAKEN')
  })

  it('POST /orders: business rule 422, unknown product 404, placed 201, duplicate 409', async () => {
    const app = createDefaultApp()
    const tooMany = await expectProblem(await app.request('/orders', json({ productId: 'kbd-1', quantity: 9, idempotencyKey: KEY })), 422, 'VALIDATION_ERROR')
    expect(tooMany.body.details).toEqual([{ field: 'quantity', message: 'Only 3 left' }])
    await expectProblem(await app.request('/orders', json({ productId: 'nope', quantity: 1, idempotencyKey: KEY })), 404, 'NOT_FOUND')
    expect((await app.request('/orders', json({ productId: 'kbd-1', quantity: 1, idempotencyKey: KEY }))).status).toBe(201)
    await expectProblem(await app.request('/orders', json({ productId: 'kbd-1', quantity: 1, idempotencyKey: KEY })), 409, 'CONFLICT')
  })

  for (const endpoint of ENDPOINTS) {
    it.each(badJsonCases(endpoint))(`${endpoint.method} ${endpoint.path} bad input: $name -> $status $code`, async (c) => {
      await expectBadRequestAnswered(createDefaultApp(), endpoint.path, c)
    })
  }

  it('unknown routes and wrong methods answer 404 NOT_FOUND in the same shape', async () => {
    await expectProblem(await createDefaultApp().request('/nope'), 404, 'NOT_FOUND')
    await expectProblem(await createDefaultApp().request('/orders'), 404, 'NOT_FOUND') // GET on a POST route: 404, not 405
  })

  it('every problem body carries the request id', async () => {
    const { body } = await expectProblem(await createDefaultApp().request('/users/42', { headers: { 'x-request-id': 'req-9' } }), 404, 'USER_NOT_FOUND')
    expect(body.request_id).toBe('req-9')
  })

  it('/openapi.json documents the error responses with the ProblemDetails schema', async () => {
    const doc = await (await createDefaultApp().request('/openapi.json')).json() as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>>
      components: { schemas: Record<string, { properties?: Record<string, { anyOf?: { enum?: string[] }[] }> }> }
    }
    const orders = doc.paths['/orders']!.post!.responses
    expect(Object.keys(orders)).toEqual(['201', '400', '404', '409', '413', '415', '422', '500'])
    expect(orders['409']!.content![PROBLEM_JSON]!.schema.$ref).toBe('#/components/schemas/ProblemDetails')
    expect(doc.paths['/users/{id}']!.get!.responses['404']!.content![PROBLEM_JSON]!.schema.$ref).toBe('#/components/schemas/ProblemDetails')
    expect(doc.components.schemas).toHaveProperty('OrderInput')
    const codes = doc.components.schemas.ProblemDetails!.properties!.code!.anyOf![0]!.enum
    expect(codes).toEqual(expect.arrayContaining(['USER_NOT_FOUND', 'EMAIL_TAKEN', 'VALIDATION_ERROR', 'INTERNAL_ERROR']))
  })

  it('served by @hono/node-server on 127.0.0.1, answers undici exactly as app.request() does', async () => {
    const cases = [
      { path: '/users/1' }, { path: '/users/42' }, { path: '/users/abc' }, { path: '/nope' },
      { path: '/users', init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":"new@example.com"}' } },
      ...ENDPOINTS.flatMap(e => badJsonCases(e).map(c => ({
        path: e.path,
        init: { method: e.method, headers: { ...(c.init.headers as Record<string, string>), 'x-request-id': 'req-eq' }, body: String(c.init.body) },
      }))),
    ]
    // Two fresh apps with the same state: each request changes both the same way.
    const inProcess = createDefaultApp()
    const served = createDefaultApp()
    await expectSameOverLoopback({ request: (p, i) => inProcess.request(p, i), fetch: r => served.fetch(r) }, cases)
  })

  it('a crash inside a service is a 500 problem body without its message or stack, in-process and over the socket', async () => {
    class BrokenUsers extends UserService {
      override getUser(): never {
        throw new Error('relation "users" does not exist')
      }
    }
    const broken = () => createApp({ users: new BrokenUsers(), orders: new OrderService() })
    const { text, body } = await expectProblem(await broken().request('/users/1'), 500, 'INTERNAL_ERROR')
    expect(text).not.toContain('relation')
    expect(body.detail).toMatch(/Reference: [0-9a-f-]{36}$/)
    const inProcess = broken()
    const served = broken()
    await expectSameOverLoopback({ request: (p, i) => inProcess.request(p, i), fetch: r => served.fetch(r) }, [{ path: '/users/1' }])
  })

  it('the demo shows 422, 201 and 409', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/error-responses/app.demo.ts'))
    expect(lines).toEqual([
      'quantity 9 -> 422 VALIDATION_ERROR Not enough stock',
      '  details: [{"field":"quantity","message":"Only 3 left"}]',
      'quantity 1 -> 201 placed',
      'quantity 1 -> 409 CONFLICT Order 7d3c2a9e-1b4f-4e8a-9c6d-5f2e1a0b3c4d was already placed',
    ])
  })
})

describe('framework errors demo', () => {
  it('shows 400, 415 and 413 as problem bodies', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/error-responses/framework-errors.demo.ts'))
    expect(lines).toEqual([
      '400 application/problem+json HTTP_400: Malformed JSON in request body',
      '415 application/problem+json HTTP_415: Unsupported Media Type',
      '413 application/problem+json HTTP_413: Content Too Large',
    ])
  })
})
