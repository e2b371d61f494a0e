// The attack matrix (deck slide 42): every case against the real middleware chain of the
// complete app through app.request, with the jose code the log receives.
import { randomBytes } from 'node:crypto'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AuthFailure } from '../../../snippets/web-api/authentication/auth-chain.ts'
import { createApp, Settings } from '../../../snippets/web-api/authentication/complete-app.ts'
import { ADMIN, ALICE, bearer, TEST_SECRET, testTokens } from '../../../snippets/web-api/authentication/fixtures.ts'
import { signAccess, signRefresh } from '../../../snippets/web-api/authentication/jwt.ts'
import { accountStore } from '../../../snippets/web-api/authentication/login.ts'
import { hashPassword } from '../../../snippets/web-api/authentication/password-hash.ts'
import { algNone, claimsRs256, hmacRaw, signRaw, tamperPayload, tamperSignature, validClaims } from './attack-tokens.ts'

const s = testTokens()
const INTERNALS = /Error|at .+:\d+|ERR_|jose|signature|stack/i
let passwordHash = ''
beforeAll(async () => { passwordHash = await hashPassword('s3cret-passw0rd') })
afterEach(() => { vi.useRealTimers() })

function setup() {
  const failures: AuthFailure[] = []
  const accounts = accountStore([{ user: ALICE, passwordHash }, { user: ADMIN, passwordHash }])
  const app = createApp({ settings: Settings.parse({ JWT_SECRET: TEST_SECRET }), accounts,
    clientIp: c => c.req.header('x-test-ip') ?? '203.0.113.7', logAuthFailure: f => failures.push(f) })
  return { app, failures }
}

/** 401, the invalid_token challenge, a body that leaks nothing, and the logged jose code. */
async function expectRefused(token: string, code: string | RegExp) {
  const { app, failures } = setup()
  const res = await app.request('/users/me', bearer(token))
  expect(res.status).toBe(401)
  expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"')
  const body = await res.json()
  expect(body.detail).toBe('Could not validate credentials')
  expect(JSON.stringify(body)).not.toMatch(INTERNALS)
  expect(failures).toHaveLength(1)
  expect(failures[0]!.code).toMatch(code)
}

describe('attack matrix: tokens', () => {
  it('alg none', async () => expectRefused(algNone(s, 'u2'), 'ERR_JOSE_ALG_NOT_ALLOWED'))
  it('algorithm switch: HS512', async () => expectRefused(await signRaw(s, validClaims(s, 'u1'), 'HS512'), 'ERR_JOSE_ALG_NOT_ALLOWED'))
  it('algorithm switch: a header claiming RS256', async () => expectRefused(claimsRs256(s, 'u1'), 'ERR_JOSE_ALG_NOT_ALLOWED'))

  it('expired token (fake time past 15 min + tolerance)', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), toFake: ['Date'] })
    const token = await signAccess(s, 'u1')
    vi.setSystemTime(new Date('2026-01-01T00:15:06Z'))
    await expectRefused(token, 'ERR_JWT_EXPIRED')
  })

  it('clock-tolerance edge: exp 3 s in the past is accepted', async () => {
    const t = Math.floor(Date.now() / 1000)
    const token = await signRaw(s, validClaims(s, 'u1', { iat: t - 903, exp: t - 3 }))
    expect((await setup().app.request('/users/me', bearer(token))).status).toBe(200)
  })

  it('missing exp', async () => {
    const { exp: _exp, ...claims } = validClaims(s, 'u1')
    await expectRefused(await signRaw(s, claims), 'ERR_JWT_CLAIM_VALIDATION_FAILED')
  })
  it('wrong audience', async () => expectRefused(await signRaw(s, validClaims(s, 'u1', { aud: 'billing-api' })), 'ERR_JWT_CLAIM_VALIDATION_FAILED'))
  it('wrong issuer', async () => expectRefused(await signRaw(s, validClaims(s, 'u1', { iss: 'https://evil.example' })), 'ERR_JWT_CLAIM_VALIDATION_FAILED'))

  it('tampered payload: role admin, or another sub', async () => {
    const token = await signAccess(s, 'u1')
    await expectRefused(tamperPayload(token, { role: 'admin' }), 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
    await expectRefused(tamperPayload(token, { sub: 'u2' }), 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
  })
  it('tampered signature', async () => expectRefused(tamperSignature(await signAccess(s, 'u1')), 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'))
  it('wrong secret', async () => expectRefused(await signRaw(s, validClaims(s, 'u1'), 'HS256', randomBytes(32)), 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'))

  it('token-type confusion: a refresh token on /users/me, an access token on /auth/refresh', async () => {
    await expectRefused(await signRefresh(s, 'u1'), 'ERR_JWT_CLAIM_VALIDATION_FAILED')
    const res = await setup().app.request('/auth/refresh', { method: 'POST',
      headers: { cookie: `refresh_token=${await signAccess(s, 'u1')}` } })
    expect(res.status).toBe(401)
  })

  it('malformed tokens: two segments, garbage, an array payload: 401, never 500', async () => {
    await expectRefused('abc.def', 'ERR_JWS_INVALID')
    await expectRefused('not-json.garbage.garbage', 'ERR_JWS_INVALID')
    await expectRefused(hmacRaw(s, { alg: 'HS256', typ: 'JWT' }, [1, 2, 3]), 'ERR_JWT_INVALID')
  })

  it('user vanished: a valid token whose sub no longer exists', async () => expectRefused(await signAccess(s, 'u404'), 'USER_NOT_FOUND'))
})

describe('attack matrix: requests', () => {
  it('missing or wrong scheme: 401 with WWW-Authenticate: Bearer', async () => {
    const { app } = setup()
    for (const headers of [{}, { authorization: 'Basic xyz' }, { authorization: 'Bearer' }] as Record<string, string>[]) {
      const res = await app.request('/users/me', { headers })
      expect(res.status).toBe(401)
      expect(res.headers.get('www-authenticate')).toBe('Bearer')
    }
  })

  it('privilege escalation by role: a user token on an admin route is 403', async () => {
    const res = await setup().app.request('/admin/stats', bearer(await signAccess(s, 'u1')))
    expect(res.status).toBe(403)
  })

  it('user enumeration: unknown email and wrong password answer identically', async () => {
    const { app } = setup()
    const attempt = async (username: string) => {
      const res = await app.request('/auth/login', { method: 'POST', body: new URLSearchParams({ username, password: 'wrong-passw0rd' }) })
      return { status: res.status, headers: [...res.headers], body: await res.text() }
    }
    expect(await attempt('nobody@example.com')).toEqual(await attempt('alice@example.com'))
  })

  it('CORS credential leak: preflight and simple request from https://evil.example get no ACAO', async () => {
    const { app } = setup()
    const pre = await app.request('/users/me', { method: 'OPTIONS', headers: { 'origin': 'https://evil.example', 'access-control-request-method': 'GET' } })
    const simple = await app.request('/users/me', { headers: { origin: 'https://evil.example' } })
    expect(pre.headers.get('access-control-allow-origin')).toBeNull()
    expect(simple.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('brute force: the 11th rapid login for one username is 429 with Retry-After', async () => {
    const { app } = setup()
    const statuses: number[] = []
    let last: Response | undefined
    for (let i = 0; i < 11; i++) {
      last = await app.request('/auth/login', { method: 'POST', headers: { 'x-test-ip': `198.51.100.${i}` },
        body: new URLSearchParams({ username: 'alice@example.com', password: 'guess-number-' + i }) })
      statuses.push(last.status)
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429])
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
