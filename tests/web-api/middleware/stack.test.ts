import { describe, expect, it } from 'vitest'
import { createContextLogger } from '../../../snippets/core-concepts/structured-logging/request-context.ts'
import { createApp, type LlmClient } from '../../../snippets/web-api/middleware/stack.ts'
import { captureConsole } from '../../support/capture-console.ts'

const ORIGIN = 'https://app.example.com'
const HEADERS = { 'Host': 'api.example.com', 'Origin': ORIGIN, 'Accept-Encoding': 'gzip' }

function stack() {
  const lines: Record<string, unknown>[] = []
  const log = createContextLogger({ write: (line: string) => { lines.push(JSON.parse(line) as Record<string, unknown>) } })
  const prompts: string[] = []
  const llm: LlmClient = { complete: async (p) => { prompts.push(p); return `echo: ${p}` }, close: async () => {} }
  const app = createApp({ env: { ENVIRONMENT: 'production' }, allowedHosts: ['api.example.com'], log, llm })
  return { app, lines, prompts }
}

describe('the production stack', () => {
  it('one request picks up request id, Server-Timing, CORS and security headers', async () => {
    const { app, lines } = stack()
    const res = await app.request('/health', { headers: { ...HEADERS, 'X-Request-Id': 'req-9' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('X-Request-Id')).toBe('req-9')
    expect(res.headers.get('Server-Timing')).toMatch(/total;dur=/)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN)
    expect(res.headers.get('Access-Control-Expose-Headers')).toBe('X-Request-Id,Server-Timing')
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Strict-Transport-Security')).toBe('max-age=15552000; includeSubDomains')
    expect(res.headers.get('X-Frame-Options')).toBe('SAMEORIGIN')
    expect(lines).toEqual([expect.objectContaining({ msg: 'Request completed', route: '/health', request_id: 'req-9' })])
  })

  it('a wrong Host gets 400 and nothing inside runs', async () => {
    const { app, lines } = stack()
    const res = await app.request('/health', { headers: { ...HEADERS, Host: 'evil.com' } })
    expect(res.status).toBe(400)
    expect(res.headers.has('X-Request-Id')).toBe(false)
    expect(lines).toEqual([])
  })

  it('a thrown error becomes the JSON 500 with request id and CORS headers, logged with its stack', async () => {
    const { app, lines } = stack()
    const { 'Accept-Encoding': _gzip, ...plain } = HEADERS // read the body as is
    const res = await app.request('/boom', { headers: { ...plain, 'X-Request-Id': 'req-500' } })
    expect(res.status).toBe(500)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN)
    expect(res.headers.get('X-Request-Id')).toBe('req-500')
    const body = await res.json() as Record<string, unknown>
    expect(body).toMatchObject({ code: 'INTERNAL_ERROR', request_id: 'req-500' })
    expect(JSON.stringify(body)).not.toContain('undefined is not a function')
    const failed = lines.find(l => l.msg === 'request failed')
    expect(failed).toMatchObject({ request_id: 'req-500', status: 500, err: { message: 'bug: undefined is not a function' } })
    expect(JSON.stringify(failed)).toContain('stack')
  })

  it('answers a preflight in CORS with Max-Age 600', async () => {
    const { app } = stack()
    const res = await app.request('/chat', { method: 'OPTIONS', headers: { ...HEADERS, 'Access-Control-Request-Method': 'POST' } })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Max-Age')).toBe('600')
  })

  it('validates and calls the injected client; a big answer is compressed and keeps its headers', async () => {
    const { app, prompts } = stack()
    const prompt = 'long '.repeat(400)
    const res = await app.request('/chat', { method: 'POST', body: JSON.stringify({ prompt }),
      headers: { ...HEADERS, 'Content-Type': 'application/json' } })
    expect(res.status).toBe(200)
    expect(prompts).toEqual([prompt])
    expect(res.headers.get('Content-Encoding')).toBe('gzip') // compress is outermost: it sees every header
    expect(res.headers.get('Server-Timing')).toMatch(/total;dur=/)
    expect(res.headers.get('X-Request-Id')).toBeTruthy()
    const text = await new Response(res.body!.pipeThrough(new DecompressionStream('gzip'))).text()
    expect(JSON.parse(text)).toEqual({ answer: `echo: ${prompt}` })
    const bad = await app.request('/chat', { method: 'POST', body: '{"prompt":""}', headers: { ...HEADERS, 'Content-Type': 'application/json' } })
    expect(bad.status).toBe(422)
  })

  it('demo shows one request through the whole stack', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/middleware/stack.demo.ts'))
    const id = /^log: Request completed \/chat 200 request_id=([0-9a-f-]{36})$/.exec(lines[0] ?? '')?.[1]
    expect(id).toBeDefined()
    expect(lines[1]).toBe(`x-request-id: ${id}`) // the log line and the header agree
    expect(lines[2]).toMatch(/^server-timing: total;dur=[\d.]+;desc="Total Response Time"$/)
    expect(lines.slice(3)).toEqual([
      'access-control-allow-origin: https://app.example.com',
      'x-frame-options: SAMEORIGIN',
    ])
  })
})
