import { describe, expect, it } from 'vitest'
import { createProductsApp, MAX_BODY_BYTES } from '../../../snippets/web-api/http-and-parameters/products-app.ts'
import { badCases, goodCases } from './products-cases.ts'

const STACK_TRACE = /\bat .+:\d+:\d+|node_modules|\.ts:\d+/

describe('products app: every bad input gets the documented error shape, never a 500', () => {
  it.each(badCases)('$name → $status $code', async ({ path, init, status, code, field }) => {
    const res = await createProductsApp().request(path, init)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const text = await res.text()
    expect(text).not.toMatch(STACK_TRACE)
    const body = JSON.parse(text)
    expect(body).toEqual({ code, message: expect.any(String), details: expect.any(Array) })
    if (field !== undefined)
      expect(body.details[0].field).toBe(field)
  })
})

describe('products app: good input', () => {
  it.each(goodCases)('$name → $status', async ({ path, init, status }) => {
    const res = await createProductsApp().request(path, init)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  })

  it('201 on create carries a location header and strips unknown keys', async () => {
    const res = await createProductsApp().request('/products', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'a', price: 1, role: 'admin' }),
    })
    expect(res.headers.get('location')).toBe('/products/1')
    expect(await res.json()).toEqual({ id: 1, name: 'a', price: 1, tags: [] })
  })

  it('a body just under the limit is accepted', async () => {
    const name = 'x'.repeat(100)
    const padding = ' '.repeat(MAX_BODY_BYTES - 200)
    const res = await createProductsApp().request('/products', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"name":"${name}",${padding}"price":1}`,
    })
    expect(res.status).toBe(201)
  })
})

describe('products app: an unexpected error', () => {
  it('is a generic 500 without message or stack of the original error', async () => {
    const app = createProductsApp()
    app.get('/boom', () => {
      throw new Error('connection string postgres://admin:hunter2@db')
    })
    const res = await app.request('/boom')
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({ code: 'INTERNAL_ERROR', message: 'Internal server error', details: [] })
    expect(text).not.toContain('hunter2')
  })
})
