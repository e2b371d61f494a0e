import { Hono } from 'hono'
import * as crypto from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { apiKey, apiKeyStore, digest, jwtOrKey, safeEqualKey } from '../../../snippets/web-api/authentication/api-keys.ts'
import { bearer, testTokens, testUsers } from '../../../snippets/web-api/authentication/fixtures.ts'
import { signAccess } from '../../../snippets/web-api/authentication/jwt.ts'

vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>()
  return { ...real, timingSafeEqual: vi.fn(real.timingSafeEqual) }
})
afterEach(() => { vi.mocked(crypto.timingSafeEqual).mockClear() })

const KEY = 'sk_live_4f9c2b7e8d1a6035b2c4e9f7a1d8c3b5'
const REPORTS = 'sk_live_0000reports0000reports0000reports'
const keys = apiKeyStore([
  [KEY, { name: 'orders-service', permissions: ['orders:read'], rateLimit: 1000 }],
  [REPORTS, { name: 'reports', permissions: [], rateLimit: 100 }],
])
const tokens = testTokens()
const app = useProblemDetails(new Hono())
  .get('/orders', apiKey(keys, 'orders:read'), c => c.json({ client: c.var.client.name }))
  .get('/either', jwtOrKey({ tokens, users: testUsers() }, keys), c => c.json(c.var.principal))
const withKey = (key: string) => ({ headers: { 'x-api-key': key } })

describe('API keys: digest storage and timing-safe comparison', () => {
  it('a valid key resolves its client', async () => {
    const res = await app.request('/orders', withKey(KEY))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ client: 'orders-service' })
  })

  it('missing key -> 401, unknown key -> 403', async () => {
    expect((await app.request('/orders')).status).toBe(401)
    const res = await app.request('/orders', withKey(`${KEY.slice(0, -1)}x`))
    expect(res.status).toBe(403)
    expect((await res.json()).detail).toBe('Invalid API key')
  })

  it('a key of another length is a 403, never a RangeError or a 500', async () => {
    for (const key of ['short', 'x'.repeat(500)])
      expect((await app.request('/orders', withKey(key))).status).toBe(403)
    expect(() => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab'))).toThrow(RangeError) // why digests
  })

  it('comparisons go through timingSafeEqual on equal-length (32-byte) digests', async () => {
    await app.request('/orders', withKey('short'))
    const calls = vi.mocked(crypto.timingSafeEqual).mock.calls
    expect(calls.length).toBe(2) // every stored key compared: no early exit
    for (const [a, b] of calls)
      expect([(a as Buffer).length, (b as Buffer).length]).toEqual([32, 32])
    vi.mocked(crypto.timingSafeEqual).mockClear()
    await app.request('/orders', withKey(KEY)) // a match on the first stored key still compares both
    expect(vi.mocked(crypto.timingSafeEqual).mock.calls.length).toBe(2)
    expect(safeEqualKey(KEY, KEY)).toBe(true)
    expect(safeEqualKey('short', KEY)).toBe(false)
  })

  it('stores digests, not keys', () => {
    expect(digest(KEY)).toHaveLength(32)
    expect(JSON.stringify(keys)).not.toContain(KEY)
  })

  it('a client without orders:read -> 403', async () => {
    const res = await app.request('/orders', withKey(REPORTS))
    expect(res.status).toBe(403)
    expect((await res.json()).detail).toBe('Missing permissions: orders:read')
  })
})

describe('JWT or API key on one route', () => {
  it('bearer only, key only and both succeed; the valid bearer token wins', async () => {
    const auth = bearer(await signAccess(tokens, 'u1'))
    expect(await (await app.request('/either', auth)).json()).toEqual({ kind: 'user', id: 'u1' })
    expect(await (await app.request('/either', withKey(KEY))).json()).toEqual({ kind: 'client', id: 'orders-service' })
    const both = await app.request('/either', { headers: { ...auth.headers, 'x-api-key': KEY } })
    expect(await both.json()).toEqual({ kind: 'user', id: 'u1' })
  })

  it('an invalid token falls back to a valid key', async () => {
    const res = await app.request('/either', { headers: { authorization: 'Bearer garbage', 'x-api-key': KEY } })
    expect(await res.json()).toEqual({ kind: 'client', id: 'orders-service' })
  })

  it('neither -> 401 "No authentication provided"', async () => {
    for (const init of [{}, withKey('wrong'), { headers: { authorization: 'Bearer garbage' } }]) {
      const res = await app.request('/either', init)
      expect(res.status).toBe(401)
      expect((await res.json()).detail).toBe('No authentication provided')
    }
  })
})
