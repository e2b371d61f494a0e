import { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { activeUser, currentUser } from '../../../snippets/web-api/authentication/auth-chain.ts'
import { bearerToken } from '../../../snippets/web-api/authentication/bearer.ts'
import { bearer, testTokens, testUsers } from '../../../snippets/web-api/authentication/fixtures.ts'
import { signAccess } from '../../../snippets/web-api/authentication/jwt.ts'
import { loginLimiter, rateLimitUser, slidingWindow } from '../../../snippets/web-api/authentication/rate-limit-user.ts'

beforeEach(() => { vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), toFake: ['Date'] }) })
afterEach(() => { vi.useRealTimers() })

describe('sliding-window log per user', () => {
  const tokens = testTokens()
  const deps = { tokens, users: testUsers() }
  const make = () => useProblemDetails(new Hono())
    .post('/generate', bearerToken(), currentUser(deps), activeUser, rateLimitUser(slidingWindow({ limit: 10 })), c => c.json({ ok: true }))

  it('10 requests pass, the 11th is 429 with Retry-After; after 60 s they pass again', async () => {
    const app = make()
    const auth = { method: 'POST', ...bearer(await signAccess(tokens, 'u1')) }
    for (let i = 0; i < 10; i++) {
      expect((await app.request('/generate', auth)).status).toBe(200)
      vi.advanceTimersByTime(1000)
    }
    const limited = await app.request('/generate', auth)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('50') // the oldest hit leaves the window in 50 s
    vi.advanceTimersByTime(50_000)
    expect((await app.request('/generate', auth)).status).toBe(200)
  })

  it('users are independent', async () => {
    const app = make()
    const alice = { method: 'POST', ...bearer(await signAccess(tokens, 'u1')) }
    for (let i = 0; i < 10; i++) await app.request('/generate', alice)
    expect((await app.request('/generate', alice)).status).toBe(429)
    expect((await app.request('/generate', { method: 'POST', ...bearer(await signAccess(tokens, 'u2')) })).status).toBe(200)
  })

  it('defaults to 100 per 60 s', () => {
    const window = slidingWindow()
    for (let i = 0; i < 100; i++) expect(window.hit('k').ok).toBe(true)
    expect(window.hit('k')).toEqual({ ok: false, retryAfterSeconds: 60 })
  })

  it('old timestamps are pruned: the map shrinks', () => {
    const window = slidingWindow({ limit: 5 })
    for (const user of ['a', 'b', 'c']) window.hit(user)
    expect(window.size()).toBe(3)
    vi.advanceTimersByTime(60_000)
    window.hit('d')
    expect(window.size()).toBe(1)
  })
})

describe('login limiter: by IP and by username, separately', () => {
  it('trips per username across many IPs (credential stuffing)', () => {
    const limit = loginLimiter({ limit: 3 })
    for (let i = 0; i < 3; i++) limit(`198.51.100.${i}`, 'alice@example.com')
    expect(() => limit('198.51.100.99', 'alice@example.com')).toThrow('Too many login attempts')
    expect(() => limit('198.51.100.99', 'bob@example.com')).not.toThrow()
  })

  it('trips per IP across many usernames (one attacker)', () => {
    const limit = loginLimiter({ limit: 3 })
    for (let i = 0; i < 3; i++) limit('203.0.113.7', `user${i}@example.com`)
    expect(() => limit('203.0.113.7', 'fresh@example.com')).toThrow('Too many login attempts')
    expect(() => limit('203.0.113.8', 'fresh@example.com')).not.toThrow()
  })
})
