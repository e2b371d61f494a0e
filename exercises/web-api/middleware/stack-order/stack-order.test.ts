import { describe, expect, it } from 'vitest'
import { createContextLogger } from '../../../../snippets/core-concepts/structured-logging/request-context.ts'
import { createApp } from './stack-order.ts'

const HEADERS = { 'Host': 'api.example.com', 'Origin': 'https://app.example.com', 'X-Request-Id': 'req-1' }

function setup() {
  const lines: Record<string, unknown>[] = []
  const log = createContextLogger({ write: (line: string) => { lines.push(JSON.parse(line) as Record<string, unknown>) } })
  return { app: createApp(log), lines }
}

describe('the stack, re-derived for Hono', () => {
  it('rejects an evil Host before any CORS or logging work', async () => {
    const { app, lines } = setup()
    const res = await app.request('/health', { headers: { ...HEADERS, Host: 'evil.com' } })
    expect(res.status).toBe(400)
    expect(res.headers.has('Access-Control-Allow-Origin')).toBe(false)
    expect(res.headers.has('X-Request-Id')).toBe(false)
    expect(lines).toEqual([])
  })

  it('timing log lines carry the request id', async () => {
    const { app, lines } = setup()
    await app.request('/health', { headers: HEADERS })
    expect(lines).toEqual([expect.objectContaining({ msg: 'Request completed', status: 200, request_id: 'req-1' })])
  })

  it('answers a preflight with Max-Age 600', async () => {
    const { app } = setup()
    const res = await app.request('/health', { method: 'OPTIONS', headers: { ...HEADERS, 'Access-Control-Request-Method': 'GET' } })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Max-Age')).toBe('600')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://app.example.com')
  })

  it('a compressed response still carries Server-Timing and the request id', async () => {
    const { app } = setup()
    const res = await app.request('/report', { headers: { ...HEADERS, 'Accept-Encoding': 'gzip' } })
    expect(res.headers.get('Content-Encoding')).toBe('gzip')
    expect(res.headers.get('Server-Timing')).toMatch(/total;dur=/)
    expect(res.headers.get('X-Request-Id')).toBe('req-1')
  })

  it('a thrown error returns the standard 500 with request id and CORS headers, and is logged once', async () => {
    const { app, lines } = setup()
    const res = await app.request('/boom', { headers: HEADERS })
    expect(res.status).toBe(500)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    expect(res.headers.get('X-Request-Id')).toBe('req-1')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://app.example.com')
    const body = await res.json() as Record<string, unknown>
    expect(body).toMatchObject({ status: 500, code: 'INTERNAL_ERROR', request_id: 'req-1' })
    expect(JSON.stringify(body)).not.toContain('cannot read properties')
    expect(lines.filter(l => l.msg === 'request failed')).toEqual([expect.objectContaining({ request_id: 'req-1', status: 500 })])
    expect(lines.filter(l => l.msg === 'Request completed')).toEqual([expect.objectContaining({ status: 500, request_id: 'req-1' })])
  })
})
