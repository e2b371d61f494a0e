import { describe, expect, it } from 'vitest'
import { mixedApp } from '../../../snippets/web-api/http-and-parameters/mixed.ts'
import { captureConsole } from '../../support/capture-console.ts'

const put = (path: string, init: { headers?: Record<string, string>, body?: unknown } = {}) =>
  mixedApp.request(path, {
    method: 'PUT',
    headers: init.headers ?? { 'authorization': 'Bearer abc123', 'content-type': 'application/json' },
    body: JSON.stringify(init.body ?? { name: 'Desk lamp', price: 25 }),
  })

describe('every source on one route', () => {
  it('the handler receives typed path ids, optional q, the body and a validated header', async () => {
    const res = await put('/users/42/items/7?q=blue')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toEqual({ userId: 42, itemId: 7, q: 'blue', item: { name: 'Desk lamp', price: 25 } })
    expect(JSON.stringify(body)).not.toContain('abc123')
  })

  it('q is optional', async () => {
    expect(await (await put('/users/42/items/7')).json()).toEqual({ userId: 42, itemId: 7, item: { name: 'Desk lamp', price: 25 } })
  })

  it('a missing authorization header is a 422 naming the header', async () => {
    const res = await put('/users/42/items/7', { headers: { 'content-type': 'application/json' } })
    expect(res.status).toBe(422)
    expect((await res.json()).details[0].field).toBe('authorization')
  })

  it('a non-bearer authorization is a 422 too', async () => {
    const res = await put('/users/42/items/7', { headers: { 'authorization': 'Basic eDp5', 'content-type': 'application/json' } })
    expect(res.status).toBe(422)
  })

  it('a non-numeric itemId is a 422 naming itemId', async () => {
    const res = await put('/users/42/items/lamp')
    expect(res.status).toBe(422)
    expect((await res.json()).details[0].field).toBe('itemId')
  })

  it('unknown extra query keys are ignored', async () => {
    const res = await put('/users/42/items/7?q=blue&debug=1&admin=true')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ userId: 42, itemId: 7, q: 'blue', item: { name: 'Desk lamp', price: 25 } })
  })

  it('a body without a JSON content-type is a 415 (the shared hook), not "missing fields"', async () => {
    const res = await put('/users/42/items/7', { headers: { authorization: 'Bearer abc123' } })
    expect(res.status).toBe(415)
    expect((await res.json()).code).toBe('HTTP_415')
  })

  it('a bad body is a 422 naming the body fields', async () => {
    const res = await put('/users/42/items/7', { body: { name: '', price: -1 } })
    expect(res.status).toBe(422)
    expect((await res.json()).details.map((d: { field: string }) => d.field)).toEqual(['name', 'price'])
  })
})

describe('mixed.demo', () => {
  it('prints the request with its headers and body, and the typed answer', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/http-and-parameters/mixed.demo.ts'))
    expect(lines).toEqual([
      '→ PUT /users/42/items/7?q=blue',
      '  authorization: Bearer abc123',
      '  content-type: application/json',
      '  {"name":"Desk lamp","price":25}',
      '← 200 application/json',
      '  {"userId":42,"itemId":7,"q":"blue",',
      '   "item":{"name":"Desk lamp","price":25}}',
    ])
  })
})
