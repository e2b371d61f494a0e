import { describe, expect, it } from 'vitest'
import { bodyApp } from '../../../snippets/web-api/http-and-parameters/body.ts'
import { captureConsole } from '../../support/capture-console.ts'

const json = { 'content-type': 'application/json' }
const post = (path: string, body: unknown, headers: Record<string, string> = json) =>
  bodyApp.request(path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
const fields = async (res: Response) => (await res.json()).details.map((d: { field: string }) => d.field)

describe('JSON body', () => {
  it('a valid POST is a 201 echoing the parsed product (defaults filled, unknown keys stripped)', async () => {
    const res = await post('/products', { name: 'Desk lamp', price: 25, isAdmin: true })
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({ id: 1, name: 'Desk lamp', price: 25, tags: [] })
  })

  it('wrong types are a 422 naming each field', async () => {
    const res = await post('/products', { name: 42, price: '25' })
    expect(res.status).toBe(422)
    expect(await fields(res)).toEqual(['name', 'price'])
  })

  it('the same body without a JSON content-type is a 422 listing the fields it did send', async () => {
    const res = await bodyApp.request('/products', { method: 'POST', body: JSON.stringify({ name: 'Desk lamp', price: 25 }) })
    expect(res.status).toBe(422)
    expect(await fields(res)).toEqual(['name', 'price'])
  })

  it('application/vnd.api+json counts as JSON; text/plain does not', async () => {
    expect((await post('/products', { name: 'a', price: 1 }, { 'content-type': 'application/vnd.api+json' })).status).toBe(201)
    expect((await post('/products', { name: 'a', price: 1 }, { 'content-type': 'text/plain' })).status).toBe(422)
  })

  it('malformed JSON is Hono\'s own 400, before the schema runs', async () => {
    const res = await post('/products', '{"name": "Desk lamp",')
    expect(res.status).toBe(400)
    expect(await res.text()).toBe('Malformed JSON in request body')
  })

  it('requireJson turns a missing or wrong content-type into 415 before validation', async () => {
    for (const headers of [{} as Record<string, string>, { 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }]) {
      const res = await post('/v2/products', { name: 'Desk lamp', price: 25 }, headers)
      expect(res.status).toBe(415)
      expect(await res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' })
    }
    const ok = await post('/v2/products', { name: 'Desk lamp', price: 25 }, { 'content-type': 'Application/JSON; charset=utf-8' })
    expect(ok.status).toBe(201)
  })

  it('constructing a GET Request with a body throws TypeError', () => {
    expect(() => new Request('http://localhost/products', { method: 'GET', body: '{}' })).toThrow(TypeError)
  })
})

describe('several bodies in one request', () => {
  it('the two-part body must be { user: { name }, item: { title } }', async () => {
    const res = await post('/orders', { user: { name: 'ada' }, item: { title: 'lamp' } })
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({ owner: 'ada', title: 'lamp' })
  })

  it('a flat object is rejected, naming the missing wrappers', async () => {
    const res = await post('/orders', { name: 'ada', title: 'lamp' })
    expect(res.status).toBe(422)
    expect(await fields(res)).toEqual(['user', 'item'])
  })

  it('the embed route requires the user wrapper', async () => {
    expect((await post('/users', { user: { name: 'ada' } })).status).toBe(201)
    const flat = await post('/users', { name: 'ada' })
    expect(flat.status).toBe(422)
    expect(await fields(flat)).toEqual(['user'])
  })
})

describe('body demos', () => {
  it('body.demo prints the 201 with the parsed product', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/body.demo.ts'))
    expect(lines).toEqual([
      '→ POST /products', '  content-type: application/json', '  {"name":"Desk lamp","price":25}',
      '← 201 application/json', '  {"id":1,"name":"Desk lamp","price":25,"tags":[]}',
    ])
  })

  it('get-with-body.demo prints the TypeError', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/get-with-body.demo.ts'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^TypeError: .*GET\/HEAD method cannot have body/)
  })

  it('content-type.demo prints the misleading 422 and the guarded 415', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/content-type.demo.ts'))
    expect(lines.slice(0, 3)).toEqual(['→ POST /products', '  {"name":"Desk lamp","price":25}', '← 422 application/json'])
    expect(JSON.parse(lines[3]!).details.map((d: { field: string }) => d.field)).toEqual(['name', 'price'])
    expect(lines.slice(4, 6)).toEqual(['→ POST /v2/products', '  {"name":"Desk lamp","price":25}'])
    expect(lines[6]).toBe('← 415 application/json')
    expect(JSON.parse(lines[7]!).code).toBe('UNSUPPORTED_MEDIA_TYPE')
  })

  it('malformed-json.demo prints Hono\'s 400', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/malformed-json.demo.ts'))
    expect(lines.slice(-2)).toEqual(['← 400 text/plain', '  Malformed JSON in request body'])
  })
})
