import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { AllowedOrigins, assertCorsConfig, corsPolicy, DEV_ORIGINS, originsFor, PROD_ORIGINS } from '../../../snippets/web-api/authentication/cors.ts'
import { captureConsole } from '../../support/capture-console.ts'

const app = new Hono().use(corsPolicy(PROD_ORIGINS)).get('/me', c => c.json({ id: 'u1' }))
const preflight = (origin: string, headers = 'authorization') => app.request('/me', { method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': headers } })

describe('hono/cors, configured', () => {
  it('a preflight from an allowed origin: 204, origin echoed, credentials, methods, max-age, Vary: Origin', async () => {
    const res = await preflight('https://app.example.com')
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.com')
    expect(res.headers.get('access-control-allow-credentials')).toBe('true')
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST,PUT,DELETE')
    expect(res.headers.get('access-control-max-age')).toBe('600')
    expect(res.headers.get('vary')).toContain('Origin')
  })

  it('a preflight and a simple request from another origin get no Access-Control-Allow-Origin', async () => {
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
    const simple = await app.request('/me', { headers: { origin: 'https://evil.example' } })
    expect(simple.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('a requested X-Evil header is not echoed back', async () => {
    const res = await preflight('https://app.example.com', 'x-evil')
    expect(res.headers.get('access-control-allow-headers')).toBe('Authorization,Content-Type')
  })

  it('exposes only X-Request-Id on actual responses', async () => {
    const res = await app.request('/me', { headers: { origin: 'https://app.example.com' } })
    expect(res.headers.get('access-control-expose-headers')).toBe('X-Request-Id')
  })

  it('Hono\'s own defaults are the opposite: any origin, and an echoed header', async () => {
    const { cors } = await import('hono/cors')
    const loose = new Hono().use(cors()).get('/me', c => c.text('ok'))
    const res = await loose.request('/me', { method: 'OPTIONS', headers: { origin: 'https://evil.example',
      'access-control-request-method': 'PUT', 'access-control-request-headers': 'x-evil' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')).toBe('x-evil')
  })
})

describe('config guard', () => {
  it('"*" with credentials throws at startup', () => {
    expect(() => corsPolicy(['*'])).toThrow(/credentials is forbidden/)
    expect(() => assertCorsConfig(['*'], false)).not.toThrow()
  })

  it('dev and prod origin lists are chosen by environment; ALLOWED_ORIGINS overrides them', () => {
    expect(originsFor('development')).toEqual(DEV_ORIGINS)
    expect(DEV_ORIGINS).toEqual(['http://localhost:3000', 'http://localhost:5173'])
    expect(originsFor('production')).toEqual(['https://app.example.com'])
    expect(originsFor('production', ' https://a.example.com , https://b.example.com:8443 ')).toEqual(['https://a.example.com', 'https://b.example.com:8443'])
  })

  it('ALLOWED_ORIGINS entries must be origins', () => {
    expect(AllowedOrigins.safeParse('https://app.example.com/path').success).toBe(false)
    expect(AllowedOrigins.safeParse('app.example.com').success).toBe(false)
    expect(AllowedOrigins.safeParse('').success).toBe(false)
  })

  it('demo: the allowed origin is echoed, the other is not', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/authentication/cors.demo.ts'))
    expect(lines).toEqual([
      'preflight from https://app.example.com: 204',
      '  access-control-allow-origin: https://app.example.com',
      '  access-control-allow-credentials: true',
      '  access-control-allow-headers: Authorization,Content-Type',
      'preflight from https://evil.example: 204',
      '  access-control-allow-origin: (absent)',
      '  access-control-allow-credentials: true',
      '  access-control-allow-headers: Authorization,Content-Type',
    ])
  })
})
