import { describe, expect, it } from 'vitest'
import { ProblemDetails } from '../../../snippets/web-api/error-responses/problem-details.ts'
import { createProductsApp, MAX_BODY_BYTES } from '../../../snippets/web-api/http-and-parameters/products-app.ts'
import { badCases, goodCases } from './products-cases.ts'

const STACK_TRACE = /\bat .+:\d+:\d+|node_modules|\.ts:\d+/

describe('products app: every bad input gets the section\'s problem body, never a 500', () => {
  it.each(badCases)('$name → $status $code', async ({ path, init, status, code, field }) => {
    const res = await createProductsApp().request(path, init)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const text = await res.text()
    expect(text).not.toMatch(STACK_TRACE)
    const body = ProblemDetails.parse(JSON.parse(text)) // the documented shape, strictly
    expect(body).toMatchObject({ status, code })
    if (field !== undefined)
      expect(body.details[0]?.field).toBe(field)
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
    const padding = ' '.repeat(MAX_BODY_BYTES - 100)
    const body = `{"name":"lamp",${padding}"price":1}`
    expect(body.length).toBeLessThan(MAX_BODY_BYTES)
    const res = await createProductsApp().request('/products', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    expect(res.status).toBe(201)
  })
})

describe('products app: an unexpected error', () => {
  it('is a generic 500 with a reference id, without the message or stack of the original', async () => {
    const app = createProductsApp({ newErrorId: () => 'ref-1' })
    app.get('/boom', () => {
      throw new Error('connection string postgres://admin:hunter2@db')
    })
    const res = await app.request('/boom')
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(JSON.parse(text)).toMatchObject({ code: 'INTERNAL_ERROR', detail: 'An unexpected error occurred. Reference: ref-1' })
    expect(text).not.toContain('hunter2')
    expect(text).not.toMatch(STACK_TRACE)
  })
})
