import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { bodyApp, newProduct, seenApp } from '../../../snippets/web-api/http-and-parameters/body.ts'
import { captureConsole } from '../../support/capture-console.ts'

const json = { 'content-type': 'application/json' }
const post = (path: string, body: unknown, headers: Record<string, string> = json, app = bodyApp) =>
  app.request(path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
const fields = async (res: Response) => (await res.json()).details.map((d: { field: string }) => d.field)
const lamp = { name: 'Desk lamp', price: 25 }

describe('JSON body', () => {
  it('a valid POST is a 201 echoing the parsed product (defaults filled, unknown keys stripped)', async () => {
    const res = await post('/products', { ...lamp, isAdmin: true })
    expect(res.status).toBe(201)
    expect(res.headers.get('location')).toBe('/products/1')
    expect(await res.json()).toEqual({ id: 1, name: 'Desk lamp', price: 25, tags: [] })
  })

  it('wrong types are a 422 naming each field', async () => {
    const res = await post('/products', { name: 42, price: '25' })
    expect(res.status).toBe(422)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(await fields(res)).toEqual(['name', 'price'])
  })

  it('an empty object is a 422 listing the required fields', async () => {
    const res = await post('/products', {})
    expect(res.status).toBe(422)
    expect(await fields(res)).toEqual(['name', 'price'])
  })

  it('malformed JSON is Hono\'s own 400, rendered as a problem body', async () => {
    const res = await post('/products', '{"name": "Desk lamp",')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ code: 'HTTP_400', detail: 'Malformed JSON in request body' })
  })

  it('constructing a GET Request with a body throws TypeError', () => {
    expect(() => new Request('http://localhost/products', { method: 'GET', body: '{}' })).toThrow(TypeError)
  })
})

describe('Content-Type decides whether the body is read', () => {
  it('without a JSON content-type the json validator sees {}', async () => {
    const res = await seenApp.request('/seen', { method: 'POST', body: JSON.stringify(lamp) })
    expect(await res.json()).toEqual({ seen: {} })
    const typed = await post('/seen', lamp, json, seenApp)
    expect(await typed.json()).toEqual({ seen: lamp })
  })

  it('so a bare zValidator blames the fields the client did send (default 400)', async () => {
    const bare = new Hono().post('/products', zValidator('json', newProduct), c => c.json(c.req.valid('json')))
    const res = await bare.request('/products', { method: 'POST', body: JSON.stringify(lamp) })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.success).toBe(false)
    expect(JSON.parse(body.error.message).map((i: { path: string[] }) => i.path.join('.'))).toEqual(['name', 'price'])
  })

  it('the section\'s hook answers 415 instead, for a missing or non-JSON content-type', async () => {
    for (const headers of [{} as Record<string, string>, { 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }]) {
      const res = await post('/products', lamp, headers)
      expect(res.status).toBe(415)
      expect(await res.json()).toMatchObject({ code: 'HTTP_415' })
    }
  })

  it('application/vnd.api+json and parameters after ";" still count as JSON', async () => {
    expect((await post('/products', lamp, { 'content-type': 'application/vnd.api+json' })).status).toBe(201)
    expect((await post('/products', lamp, { 'content-type': 'Application/JSON; charset=utf-8' })).status).toBe(201)
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

  it('content-type.demo prints {} without the header, and the hook\'s 415', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/content-type.demo.ts'))
    expect(lines).toEqual([
      '→ POST /seen', '  {"name":"Desk lamp","price":25}', '← 200 application/json', '  {"seen":{}}',
      '→ POST /products', '  {"name":"Desk lamp","price":25}', '← 415 application/problem+json',
      '  {"type":"about:blank","title":"Unsupported Media Type","status":415,',
      '   "detail":"Content-Type must be application/json","code":"HTTP_415",',
      '   "details":[]}',
    ])
  })

  it('malformed-json.demo prints the 400 problem', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/malformed-json.demo.ts'))
    expect(lines.slice(3)).toEqual([
      '← 400 application/problem+json',
      '  {"type":"about:blank","title":"Bad Request","status":400,',
      '   "detail":"Malformed JSON in request body","code":"HTTP_400",',
      '   "details":[]}',
    ])
  })
})
