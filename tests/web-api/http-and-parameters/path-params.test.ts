import { describe, expect, it } from 'vitest'
import { regexPathApp, rawPathApp, typedPathApp } from '../../../snippets/web-api/http-and-parameters/path-params.ts'
import { captureConsole } from '../../support/capture-console.ts'

describe('path parameters', () => {
  it('raw: c.req.param() hands over strings', async () => {
    const res = await rawPathApp.request('/users/42/products/7')
    expect(await res.json()).toEqual({ userId: '42', productId: '7', type: 'string' })
  })

  it('typed: the param validator coerces "42" to the number 42', async () => {
    const res = await typedPathApp.request('/users/42/products/7')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ userId: 42, productId: 7, type: 'number' })
  })

  it('typed: "abc" is a 422 whose first detail names userId', async () => {
    const res = await typedPathApp.request('/users/abc/products/7')
    expect(res.status).toBe(422)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = await res.json()
    expect(body.code).toBe('VALIDATION_ERROR')
    expect(body.details[0].field).toBe('userId')
  })

  it.each(['-1', '0', '1.5'])('typed: %s is rejected by int().positive()', async (id) => {
    const res = await typedPathApp.request(`/users/${id}/products/7`)
    expect(res.status).toBe(422)
    expect((await res.json()).details[0].field).toBe('userId')
  })

  it('regex route: 404 for "abc" (no route matched), 200 for 42', async () => {
    const miss = await regexPathApp.request('/users/abc')
    expect(miss.status).toBe(404)
    expect(await miss.text()).toBe('404 Not Found')
    const hit = await regexPathApp.request('/users/42')
    expect(hit.status).toBe(200)
    expect(await hit.json()).toEqual({ userId: 42 })
  })
})

describe('path demos', () => {
  it('path-params.demo prints the raw strings', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/path-params.demo.ts'))
    expect(lines).toEqual([
      '→ GET /users/42/products/7',
      '← 200 application/json',
      '  {"userId":"42","productId":"7","type":"string"}',
    ])
  })

  it('path-typed.demo prints the number, the 422 and the regex 404', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/path-typed.demo.ts'))
    expect(lines.slice(0, 3)).toEqual([
      '→ GET /users/42/products/7',
      '← 200 application/json',
      '  {"userId":42,"productId":7,"type":"number"}',
    ])
    expect(lines.slice(3)).toEqual([
      '→ GET /users/abc/products/7',
      '← 422 application/problem+json',
      '  {"type":"about:blank","title":"Unprocessable Content","status":422,',
      '   "detail":"Request validation failed","code":"VALIDATION_ERROR",',
      '   "details":[{"field":"userId","message":"Invalid input: expected number, received NaN"}]}',
      '→ GET /users/abc',
      '← 404 text/plain',
      '  404 Not Found',
    ])
  })
})
