// Access and refresh tokens with jose (WebCrypto: runs in Node and in the browser), with every
// secure default spelled out: one pinned algorithm, required claims, issuer, audience, type.
import type { JWTPayload } from 'jose'
import { base64url, errors, jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'
import { secret } from '../../core-concepts/configuration/secret.ts'

export type TokenType = 'access' | 'refresh'
export type TokenClaims = JWTPayload & { sub: string, type: TokenType }

// #region config-secret
const decodedBytes = (s: string) => {
  try { return base64url.decode(s).length } catch { return 0 } // not base64url: 0 bytes
}

/** HS256 needs >= 256 bits of key; jose does not check, so the config schema does. */
export const AuthConfig = z.object({
  JWT_SECRET: secret(z.string().refine(s => decodedBytes(s) >= 32,
    'JWT_SECRET must be >= 32 random bytes, base64url (e.g. randomBytes(32))')),
  JWT_ISSUER: z.url().default('https://api.example.com'),
  JWT_AUDIENCE: z.string().min(1).default('example-api'),
  ACCESS_TOKEN_MINUTES: z.coerce.number().int().min(1).max(30).default(15),
  REFRESH_TOKEN_DAYS: z.coerce.number().int().min(1).max(30).default(7),
})
export type AuthConfig = z.infer<typeof AuthConfig>
// #endregion config-secret

/** What signing and verifying need, derived once from the config. */
export interface TokenSettings {
  key: Uint8Array
  issuer: string
  audience: string
  accessSeconds: number
  refreshSeconds: number
}

export const tokenSettings = (config: AuthConfig): TokenSettings => ({
  key: base64url.decode(config.JWT_SECRET.reveal()),
  issuer: config.JWT_ISSUER,
  audience: config.JWT_AUDIENCE,
  accessSeconds: config.ACCESS_TOKEN_MINUTES * 60,
  refreshSeconds: config.REFRESH_TOKEN_DAYS * 24 * 60 * 60,
})

// #region sign-access
function signToken(s: TokenSettings, sub: string, type: TokenType, lifetime: number) {
  return new SignJWT({ type }) // the token type is a claim, checked on both sides
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub) // user id: never secrets or personal data, anyone can read the payload
    .setIssuer(s.issuer)
    .setAudience(s.audience)
    .setIssuedAt()
    .setExpirationTime(`${lifetime}s`) // every token expires: 15 min by default
    .setJti(crypto.randomUUID()) // an id for revocation lists
    .sign(s.key)
}

export const signAccess = (s: TokenSettings, sub: string) =>
  signToken(s, sub, 'access', s.accessSeconds)
// #endregion sign-access

// #region sign-refresh
/** 7 days, `type: "refresh"`: only ever accepted by the refresh route. */
export const signRefresh = (s: TokenSettings, sub: string) =>
  signToken(s, sub, 'refresh', s.refreshSeconds)
// #endregion sign-refresh

// #region verify-pinned
export async function verifyToken(s: TokenSettings, token: string,
  type: TokenType): Promise<TokenClaims> {
  const { payload } = await jwtVerify(token, s.key, {
    algorithms: ['HS256'], // pinned: `none`, HS512, RS256 fail before any signature check
    issuer: s.issuer, // checked only because we pass it
    audience: s.audience,
    requiredClaims: ['exp', 'iat', 'sub'], // without this a token with no exp is accepted
    clockTolerance: 5, // seconds of clock skew between servers
  })
  if (payload.type !== type) // refresh-as-access (and the reverse) is refused
    throw new errors.JWTClaimValidationFailed('unexpected "type" claim value', payload, 'type')
  return { ...payload, sub: String(payload.sub), type }
}
// #endregion verify-pinned
