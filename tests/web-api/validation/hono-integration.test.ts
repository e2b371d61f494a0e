import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { captureConsole } from '../../support/capture-console.ts'
import { useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { PROBLEM_JSON } from '../../../snippets/web-api/error-responses/problem-details.ts'
import { documentedApp, productRoutes, userRoutes } from '../../../snippets/web-api/validation/hono-integration.ts'
import { badJsonCases, expectBadRequestAnswered, expectProblem } from '../error-responses/problem-assertions.ts'

const valid = { name: 'Keyboard', price: 99.99, category: 'tools' }
const post = (app: { request: (p: string, i: RequestInit) => Response | Promise<Response> }, body: unknown) =>
  app.request('/products', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

describe('request bodies with the shared hook', () => {
  it('valid ProductCreate -> 201 with the typed, trimmed body', async () => {
    const res = await post(useProblemDetails(productRoutes()), { ...valid, name: '  Keyboard ' })
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({ id: 1, ...valid })
  })

  it('invalid ProductCreate -> 422 with details[].field === "price"', async () => {
    const { body } = await expectProblem(await post(useProblemDetails(productRoutes()), { ...valid, price: 0 }), 422, 'VALIDATION_ERROR')
    expect(body.details.map(d => d.field)).toEqual(['price'])
  })

  for (const [name, app] of [['zValidator route', () => useProblemDetails(productRoutes())], ['OpenAPIHono route', documentedApp]] as const) {
    it.each(badJsonCases({ method: 'POST', path: '/products', valid, wrongType: ['price', '99.99'], required: ['name', 'price', 'category'], strict: true, maxBytes: 16 * 1024 }))(
      `${name} bad input: $name -> $status $code`,
      async (c) => { await expectBadRequestAnswered(app(), '/products', c) },
    )
  }
})

describe('the response schema as a security filter', () => {
  it('a DB row with password_hash leaves without it', async () => {
    const res = await useProblemDetails(userRoutes()).request('/users/7')
    expect(await res.json()).toEqual({ id: 7, name: 'Ada', email: 'ada@example.com' })
  })

  it('a strict response schema turns the extra key into a 500 (why responses use stripping schemas)', async () => {
    const { text } = await expectProblem(await useProblemDetails(userRoutes()).request('/users/7/strict'), 500, 'INTERNAL_ERROR')
    expect(text).not.toContain('argon2')
    expect(text).not.toContain('password_hash')
  })
})

describe('OpenAPI', () => {
  it('/openapi.json contains the ProductCreate component and the 422 response', async () => {
    const doc = await (await documentedApp().request('/openapi.json')).json() as {
      openapi: string
      paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: { $ref: string } }> }, responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> }>>
      components: { schemas: Record<string, { required?: string[], additionalProperties?: boolean }> }
    }
    expect(doc.openapi).toBe('3.0.3')
    const op = doc.paths['/products']!.post!
    expect(op.requestBody.content['application/json']!.schema.$ref).toBe('#/components/schemas/ProductCreate')
    expect(op.responses['422']!.content![PROBLEM_JSON]!.schema.$ref).toBe('#/components/schemas/ProblemDetails')
    expect(doc.components.schemas.ProductCreate).toMatchObject({ required: ['name', 'price', 'category'], additionalProperties: false })
  })

  it('/docs serves the Swagger UI HTML pointing at /openapi.json', async () => {
    const res = await documentedApp().request('/docs')
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain('SwaggerUI')
    expect(html).toContain('/openapi.json')
  })

  it('z.toJSONSchema: a transforming schema throws in output mode, works in input mode', () => {
    const Slug = z.string().transform(s => s.toLowerCase())
    expect(() => z.toJSONSchema(Slug)).toThrow()
    expect(z.toJSONSchema(Slug, { io: 'input' })).toMatchObject({ type: 'string' })
    const Defaulted = z.object({ n: z.int().default(1) })
    expect(z.toJSONSchema(Defaulted).required).toEqual(['n']) // output view: always present
    expect(z.toJSONSchema(Defaulted, { io: 'input' }).required).toBeUndefined() // input view: may be omitted
  })

  it('the demos print what the slides say', async () => {
    const body = await captureConsole(() => import('../../../snippets/web-api/validation/hono-body.demo.ts'))
    expect(body.filter(l => l.startsWith('← '))).toEqual(['← 201 application/json', '← 422 application/problem+json'])
    const filter = await captureConsole(() => import('../../../snippets/web-api/validation/response-filter.demo.ts'))
    expect(filter).toContain('  {"id":7,"name":"Ada","email":"ada@example.com"}')
    expect(filter.join('\n')).not.toContain('argon2')
    const openapi = await captureConsole(() => import('../../../snippets/web-api/validation/openapi.demo.ts'))
    expect(openapi).toEqual([
      'POST /products -> 201, 413, 415, 422',
      'components: ProductCreate, ProblemDetails, FieldError',
      'GET /docs -> 200 text/html; charset=UTF-8',
    ])
  })
})
