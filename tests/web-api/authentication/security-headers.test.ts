import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { apiSecureHeaders, httpsRedirect } from '../../../snippets/web-api/authentication/security-headers.ts'
import { bearerToken } from '../../../snippets/web-api/authentication/bearer.ts'

const EXPECTED: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  'x-xss-protection': '0',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-permitted-cross-domain-policies': 'none',
  'content-security-policy': 'default-src \'none\'; frame-ancestors \'none\'',
}

const app = useProblemDetails(new Hono())
app.use(apiSecureHeaders())
app.get('/ok', (c) => { c.header('X-Powered-By', 'Hono'); return c.json({ ok: true }) })
app.get('/private', bearerToken(), c => c.json({ ok: true }))
app.get('/boom', () => { throw new Error('database password is hunter2') })

describe('kit security headers', () => {
  it.each([['/ok', 200], ['/private', 401], ['/missing', 404], ['/boom', 500]])('%s -> %i carries every header', async (path, status) => {
    const res = await app.request(path)
    expect(res.status).toBe(status)
    for (const [name, value] of Object.entries(EXPECTED))
      expect(res.headers.get(name), name).toBe(value)
    expect(res.headers.get('x-powered-by')).toBeNull()
  })
})

describe('HTTPS redirect', () => {
  const make = (production: boolean) => new Hono<{ Bindings: { peer?: string } }>()
    .use(httpsRedirect({ production, trustedProxies: ['10.0.0.2'], peerAddress: c => c.env.peer }))
    .post('/login', c => c.text('ok'))
  const send = (production: boolean, peer: string, proto?: string) => make(production).request('http://api.example.com/login?x=1',
    { method: 'POST', headers: proto ? { 'x-forwarded-proto': proto } : {} }, { peer })

  it('production + plain HTTP reported by the trusted proxy: 307 to https, path and query kept', async () => {
    const res = await send(true, '10.0.0.2', 'http')
    expect(res.status).toBe(307)
    expect(res.headers.get('location')).toBe('https://api.example.com/login?x=1')
  })

  it('no redirect when the proxy says https, when the header comes from elsewhere, or in development', async () => {
    expect((await send(true, '10.0.0.2', 'https')).status).toBe(200)
    expect((await send(true, '203.0.113.9', 'http')).status).toBe(200) // spoofed header
    expect((await send(false, '10.0.0.2', 'http')).status).toBe(200)
  })
})
