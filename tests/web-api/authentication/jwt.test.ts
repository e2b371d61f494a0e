import { randomBytes } from 'node:crypto'
import { decodeJwt, decodeProtectedHeader, errors } from 'jose'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TEST_SECRET, testTokens } from '../../../snippets/web-api/authentication/fixtures.ts'
import { AuthConfig, signAccess, signRefresh, verifyToken } from '../../../snippets/web-api/authentication/jwt.ts'
import { captureConsole } from '../../support/capture-console.ts'
import { algNone, claimsRs256, hmacRaw, signRaw, tamperPayload, tamperSignature, validClaims } from './attack-tokens.ts'

const s = testTokens()
const codeOf = (token: string, type: 'access' | 'refresh' = 'access') =>
  verifyToken(s, token, type).then(() => 'accepted', (e: unknown) => (e instanceof errors.JOSEError ? e.code : `not jose: ${String(e)}`))

afterEach(() => { vi.useRealTimers() })

describe('config: the secret', () => {
  it('rejects a 16-byte secret and accepts 32 random bytes (base64url)', () => {
    expect(AuthConfig.safeParse({ JWT_SECRET: randomBytes(16).toString('base64url') }).success).toBe(false)
    expect(AuthConfig.safeParse({ JWT_SECRET: 'not base64url!' }).success).toBe(false)
    const ok = AuthConfig.parse({ JWT_SECRET: randomBytes(32).toString('base64url') })
    expect(String(ok.JWT_SECRET)).toBe('[REDACTED]') // the Secret type from core-concepts/configuration
    expect(ok.ACCESS_TOKEN_MINUTES).toBe(15)
    expect(ok.REFRESH_TOKEN_DAYS).toBe(7)
  })

  it('refuses access lifetimes above 30 minutes', () => {
    expect(AuthConfig.safeParse({ JWT_SECRET: TEST_SECRET, ACCESS_TOKEN_MINUTES: '31' }).success).toBe(false)
    expect(AuthConfig.parse({ JWT_SECRET: TEST_SECRET, ACCESS_TOKEN_MINUTES: '30' }).ACCESS_TOKEN_MINUTES).toBe(30)
  })
})

describe('issuing tokens', () => {
  it('an access token carries sub, iat, exp, iss, aud, jti and type "access"; exp - iat = 900 s', async () => {
    const token = await signAccess(s, 'u1')
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' })
    const claims = decodeJwt(token)
    expect(claims).toMatchObject({ sub: 'u1', iss: 'https://api.example.com', aud: 'example-api', type: 'access' })
    expect(claims.exp! - claims.iat!).toBe(900)
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/)
    expect(decodeJwt(await signAccess(s, 'u1')).jti).not.toBe(claims.jti)
  })

  it('a refresh token lives 7 days and says type "refresh"', async () => {
    const claims = decodeJwt(await signRefresh(s, 'u1'))
    expect(claims.type).toBe('refresh')
    expect(claims.exp! - claims.iat!).toBe(7 * 24 * 60 * 60)
  })

  it('a valid token verifies and returns its claims', async () => {
    expect(await verifyToken(s, await signAccess(s, 'u1'), 'access')).toMatchObject({ sub: 'u1', type: 'access' })
    expect(await verifyToken(s, await signRefresh(s, 'u1'), 'refresh')).toMatchObject({ sub: 'u1', type: 'refresh' })
  })
})

describe('the pinned verifier refuses every attack, with a stable jose code', () => {
  it('alg none, HS512 and a header claiming RS256: ERR_JOSE_ALG_NOT_ALLOWED', async () => {
    expect(await codeOf(algNone(s, 'u1'))).toBe('ERR_JOSE_ALG_NOT_ALLOWED')
    expect(await codeOf(await signRaw(s, validClaims(s, 'u1'), 'HS512'))).toBe('ERR_JOSE_ALG_NOT_ALLOWED')
    expect(await codeOf(claimsRs256(s, 'u1'))).toBe('ERR_JOSE_ALG_NOT_ALLOWED')
  })

  it('expired beyond the 5 s tolerance: ERR_JWT_EXPIRED; 3 s past exp is still accepted', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z'), toFake: ['Date'] })
    const token = await signAccess(s, 'u1')
    vi.setSystemTime(new Date('2026-01-01T00:15:03Z')) // exp + 3 s
    expect(await codeOf(token)).toBe('accepted')
    vi.setSystemTime(new Date('2026-01-01T00:15:06Z')) // exp + 6 s
    expect(await codeOf(token)).toBe('ERR_JWT_EXPIRED')
  })

  it('a correctly signed token without exp fails on the exp claim', async () => {
    const { exp: _exp, ...claims } = validClaims(s, 'u1')
    const err = await verifyToken(s, await signRaw(s, claims), 'access').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(errors.JWTClaimValidationFailed)
    expect((err as errors.JWTClaimValidationFailed).claim).toBe('exp')
  })

  it('wrong audience and wrong issuer fail on aud and iss', async () => {
    for (const [claim, value] of [['aud', 'billing-api'], ['iss', 'https://evil.example']] as const) {
      const err = await verifyToken(s, await signRaw(s, validClaims(s, 'u1', { [claim]: value })), 'access').catch((e: unknown) => e)
      expect((err as errors.JWTClaimValidationFailed).claim).toBe(claim)
    }
  })

  it('tampered payload, tampered signature, wrong secret: ERR_JWS_SIGNATURE_VERIFICATION_FAILED', async () => {
    const token = await signAccess(s, 'u1')
    expect(await codeOf(tamperPayload(token, { sub: 'u2' }))).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
    expect(await codeOf(tamperSignature(token))).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
    expect(await codeOf(await signRaw(s, validClaims(s, 'u1'), 'HS256', randomBytes(32)))).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
  })

  it('token types are not interchangeable, both ways', async () => {
    expect(await codeOf(await signRefresh(s, 'u1'), 'access')).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED')
    expect(await codeOf(await signAccess(s, 'u1'), 'refresh')).toBe('ERR_JWT_CLAIM_VALIDATION_FAILED')
  })

  it('malformed input is a jose error, never something else', async () => {
    expect(await codeOf('two.segments')).toBe('ERR_JWS_INVALID')
    expect(await codeOf('!!!.@@@.###')).toBe('ERR_JWS_INVALID')
    expect(await codeOf(hmacRaw(s, { alg: 'HS256', typ: 'JWT' }, [1, 2]))).toBe('ERR_JWT_INVALID')
  })
})

describe('demos', () => {
  it('jwt.demo: the payload is readable without the key', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/authentication/jwt.demo.ts'))
    expect(lines).toEqual([
      '3 parts: header.payload.signature',
      'header: {"alg":"HS256","typ":"JWT"}',
      'payload: {"sub":"u1","iss":"https://api.example.com","aud":"example-api","type":"access"}',
      'jti: string, exp - iat = 900 s',
    ])
  })

  it('jwt-attacks.demo: alg none, HS512 and a missing exp are refused with their codes', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/authentication/jwt-attacks.demo.ts'))
    expect(lines).toEqual([
      'alg none: ERR_JOSE_ALG_NOT_ALLOWED',
      'HS512: ERR_JOSE_ALG_NOT_ALLOWED',
      'no exp: ERR_JWT_CLAIM_VALIDATION_FAILED',
    ])
  })
})
