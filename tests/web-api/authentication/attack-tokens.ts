// Hand-built malicious tokens for the attack tests: every one is made from raw base64url parts
// or signed with jose under the wrong settings, never by mocking the verifier.
import { base64url, SignJWT } from 'jose'
import { createHmac } from 'node:crypto'
import type { TokenSettings } from '../../../snippets/web-api/authentication/jwt.ts'

export const enc = (value: unknown) => base64url.encode(JSON.stringify(value))
const now = () => Math.floor(Date.now() / 1000)

export const validClaims = (s: TokenSettings, sub: string, extra: Record<string, unknown> = {}) => ({
  sub, iss: s.issuer, aud: s.audience, iat: now(), exp: now() + 900, type: 'access', ...extra,
})

/** Signs any claims (including none of the required ones) with the real key, HS256 unless told. */
export const signRaw = (s: TokenSettings, claims: Record<string, unknown>, alg = 'HS256', key = s.key) =>
  new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT' }).sign(key)

/** HS256 over arbitrary header/payload JSON (e.g. an array payload) with the real key. */
export function hmacRaw(s: TokenSettings, header: unknown, payload: unknown): string {
  const input = `${enc(header)}.${enc(payload)}`
  return `${input}.${createHmac('sha256', s.key).update(input).digest('base64url')}`
}

export const algNone = (s: TokenSettings, sub: string) =>
  `${enc({ alg: 'none', typ: 'JWT' })}.${enc(validClaims(s, sub))}.`

export const claimsRs256 = (s: TokenSettings, sub: string) =>
  `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc(validClaims(s, sub))}.c2lnbmF0dXJl`

/** Decode the payload, change it, re-encode, keep the old signature. */
export function tamperPayload(token: string, change: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.')
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload!))) as Record<string, unknown>
  return `${header}.${enc({ ...claims, ...change })}.${signature}`
}

/** Flip one character in the middle of the signature segment. */
export function tamperSignature(token: string): string {
  const i = token.lastIndexOf('.') + 10
  return token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1)
}
