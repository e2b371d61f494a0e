import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { PROBLEM_JSON } from '../../../snippets/web-api/error-responses/problem-details.ts'
import { createCatalogApp } from '../../../snippets/web-api/validation/catalog-app.ts'
import { expectSameOverLoopback } from '../error-responses/equivalence.ts'
import type { Case } from '../error-responses/equivalence.ts'
import { badJsonCases, expectBadRequestAnswered, expectProblem } from '../error-responses/problem-assertions.ts'
import type { JsonEndpoint } from '../error-responses/problem-assertions.ts'

const NOW = '2025-01-01T00:00:00.000Z'
const app = () => createCatalogApp({ now: () => NOW })
const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
const pen = { name: 'Pen', description: 'Blue', price: 2.5, category_id: 1 }

async function withProduct() {
  const a = app()
  expect((await a.request('/products', json('POST', pen))).status).toBe(201)
  return a
}

const ENDPOINTS: JsonEndpoint[] = [
  { method: 'POST', path: '/products', valid: pen, wrongType: ['price', '2.5'], required: ['name', 'price', 'category_id'], strict: true, maxBytes: 16 * 1024 },
  { method: 'PATCH', path: '/products/1', valid: { price: 3 }, wrongType: ['price', '3'], required: [], strict: true, maxBytes: 16 * 1024 },
]

describe('the catalog app', () => {
  it('creates, reads, patches and lists products', async () => {
    const a = await withProduct()
    expect(await (await a.request('/products/1')).json()).toMatchObject({ id: 1, ...pen, created_at: NOW })
    expect(await (await a.request('/products/1', json('PATCH', { description: null }))).json()).toMatchObject({ description: null, price: 2.5 })
    expect(await (await a.request('/products?page=1&page_size=5')).json()).toMatchObject({ total: 1, page: 1, page_size: 5, total_pages: 1 })
  })

  for (const endpoint of ENDPOINTS) {
    it.each(badJsonCases(endpoint))(`${endpoint.method} ${endpoint.path} bad input: $name -> $status $code`, async (c) => {
      await expectBadRequestAnswered(await withProduct(), endpoint.path, c)
    })
  }

  it('bad path and query parameters -> 422 naming the parameter; missing product -> 404', async () => {
    const a = await withProduct()
    expect((await expectProblem(await a.request('/products/abc'), 422, 'VALIDATION_ERROR')).body.details.map(d => d.field)).toEqual(['id'])
    expect((await expectProblem(await a.request('/products?page=0'), 422, 'VALIDATION_ERROR')).body.details.map(d => d.field)).toEqual(['page'])
    expect((await expectProblem(await a.request('/products?debug=1'), 422, 'VALIDATION_ERROR')).body.details.map(d => d.field)).toEqual(['debug'])
    await expectProblem(await a.request('/products/99'), 404, 'NOT_FOUND')
    await expectProblem(await a.request('/products/99', json('PATCH', { price: 1 })), 404, 'NOT_FOUND')
  })

  it('the OpenAPI document holds the schemas and the error responses', async () => {
    const doc = await (await app().request('/openapi.json')).json() as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>>
      components: { schemas: Record<string, { additionalProperties?: boolean }> }
    }
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['ProductCreate', 'ProductUpdate', 'ProductResponse', 'ProductPage', 'ProblemDetails', 'FieldError']))
    expect(doc.components.schemas.ProductCreate!.additionalProperties).toBe(false)
    expect(Object.keys(doc.paths['/products/{id}']!.patch!.responses)).toEqual(['200', '400', '404', '413', '415', '422'])
    for (const [path, method, status] of [['/products', 'post', '422'], ['/products/{id}', 'get', '404'], ['/products', 'get', '422']] as const)
      expect(doc.paths[path]![method]!.responses[status]!.content![PROBLEM_JSON]!.schema.$ref).toBe('#/components/schemas/ProblemDetails')
  })

  it('served by @hono/node-server on 127.0.0.1, answers undici exactly as app.request() does', async () => {
    const cases: Case[] = [
      { path: '/products', init: json('POST', pen) },
      { path: '/products/1' }, { path: '/products/abc' }, { path: '/products/99' }, { path: '/products?page=0' },
      { path: '/products/1', init: json('PATCH', { description: null }) },
      { path: '/products' }, { path: '/nowhere' }, { path: '/openapi.json' }, { path: '/docs' },
      ...ENDPOINTS.flatMap(e => badJsonCases(e).map(c => ({
        path: e.path, init: { method: e.method, headers: c.init.headers as Record<string, string>, body: String(c.init.body) },
      }))),
    ]
    const inProcess = app()
    const served = app()
    await expectSameOverLoopback({ request: (p, i) => inProcess.request(p, i), fetch: r => served.fetch(r) }, cases)
  })

  it('the PATCH demo shows changed, cleared, untouched, refused', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/validation/patch.demo.ts'))
    expect(lines).toEqual([
      'PATCH {"price":3}          -> 200 {"description":"Blue","price":3}',
      'PATCH {"description":null} -> 200 {"description":null,"price":3}',
      'PATCH {}                   -> 200 {"description":null,"price":3}',
      'PATCH {"sku":"X"}          -> 422 VALIDATION_ERROR',
    ])
  })
})
