import { base64url, SignJWT } from 'jose'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp } from './verifier.ts'

const s = { key: new TextEncoder().encode('exercise-only-secret-32-bytes-ok'), issuer: 'https://api.example.com', audience: 'example-api' }
const app = createApp(s)
const enc = (v: unknown) => base64url.encode(JSON.stringify(v))
const now = () => Math.floor(Date.now() / 1000)
const claims = (extra: Record<string, unknown> = {}) =>
  ({ sub: 'u1', iss: s.issuer, aud: s.audience, iat: now(), exp: now() + 900, type: 'access', ...extra })
const sign = (c: Record<string, unknown>, alg = 'HS256') => new SignJWT(c).setProtectedHeader({ alg, typ: 'JWT' }).sign(s.key)
afterEach(() => { vi.useRealTimers() })

async function attacks(): Promise<Record<string, string>> {
  const valid = await sign(claims())
  const [h, , sig] = valid.split('.')
  const { exp: _exp, ...noExp } = claims()
  return {
    'alg none': `${enc({ alg: 'none', typ: 'JWT' })}.${enc(claims())}.`,
    'HS512': await sign(claims(), 'HS512'),
    'expired': await sign(claims({ iat: now() - 1000, exp: now() - 60 })),
    'missing exp': await sign(noExp),
    'wrong aud': await sign(claims({ aud: 'billing-api' })),
    'wrong iss': await sign(claims({ iss: 'https://evil.example' })),
    'tampered payload': `${h}.${enc(claims({ sub: 'admin' }))}.${sig}`,
    'tampered signature': `${valid.slice(0, -3)}${valid.endsWith('AAA') ? 'BBB' : 'AAA'}`,
    'refresh as access': await sign(claims({ type: 'refresh' })),
    'malformed': 'abc.def',
  }
}

describe('the hardened verifier', () => {
  it('a valid access token: 200 on both routes', async () => {
    const headers = { authorization: `Bearer ${await sign(claims())}` }
    expect(await (await app.request('/me', { headers })).json()).toEqual({ sub: 'u1' })
    expect(await (await app.request('/me/summary', { headers })).json()).toEqual({ sub: 'u1', summary: 'ok' })
  })

  for (const path of ['/me', '/me/summary']) {
    it(`${path}: every token attack is a 401 with WWW-Authenticate`, async () => {
      for (const [name, token] of Object.entries(await attacks())) {
        const res = await app.request(path, { headers: { authorization: `Bearer ${token}` } })
        expect(res.status, name).toBe(401)
        expect(res.headers.get('www-authenticate'), name).toBe('Bearer error="invalid_token"')
      }
    })

    it(`${path}: no header is a 401 too`, async () => {
      const res = await app.request(path)
      expect(res.status).toBe(401)
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
    })
  }
})
