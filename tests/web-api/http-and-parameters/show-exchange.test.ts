import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { bodyLines, exchangePrinter } from '../../../snippets/web-api/http-and-parameters/show-exchange.ts'

const app = new Hono()
  .get('/items/:id', c => c.json({ id: Number(c.req.param('id')), q: c.req.query('q') }))
  .post('/echo', async c => c.text(await c.req.text(), 201, { location: '/echo/1' }))
  .delete('/items/:id', c => c.body(null, 204))

describe('exchangePrinter', () => {
  it('prints the request line, the status line and the JSON body, and returns them', async () => {
    const lines: string[] = []
    const result = await exchangePrinter(app, line => lines.push(line))('/items/3?q=x')
    expect(lines).toEqual(['→ GET /items/3?q=x', '← 200 application/json', '  {"id":3,"q":"x"}'])
    expect(result.status).toBe(200)
    expect(result.body).toEqual({ id: 3, q: 'x' })
  })

  it('prints request headers and a string body, and the response headers asked for', async () => {
    const lines: string[] = []
    const show = exchangePrinter(app, line => lines.push(line), { headers: ['location', 'retry-after'] })
    const result = await show('/echo', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' })
    expect(lines).toEqual([
      '→ POST /echo',
      '  content-type: text/plain',
      '  hello',
      '← 201 text/plain',
      '  location: /echo/1',
      '  retry-after: (absent)',
      '  hello',
    ])
    expect(result.body).toBe('hello')
  })

  it('prints no body line for an empty response', async () => {
    const lines: string[] = []
    const result = await exchangePrinter(app, line => lines.push(line))('/items/3', { method: 'DELETE' })
    expect(lines).toEqual(['→ DELETE /items/3', '← 204'])
    expect(result.body).toBe('')
  })
})

describe('bodyLines', () => {
  it('keeps a short body on one line', () => {
    expect(bodyLines({ page: 2, limit: 20 })).toEqual(['{"page":2,"limit":20}'])
    expect(bodyLines('404 Not Found')).toEqual(['404 Not Found'])
  })

  it('wraps a long object between whole members, and the lines join back to the same JSON', () => {
    const body = { type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'Request validation failed', code: 'VALIDATION_ERROR', details: [] }
    const lines = bodyLines(body, 40)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.every(line => line.length <= 42 || !line.slice(1).includes(',"'))).toBe(true)
    expect(JSON.parse(lines.join(''))).toEqual(body)
  })

  it('never splits inside a member, even a member longer than the width', () => {
    const body = { a: 'x'.repeat(100), b: 1 }
    expect(bodyLines(body, 20)).toEqual([`{"a":"${'x'.repeat(100)}",`, ' "b":1}'])
  })
})
