// Exercise: harden the verifier. Every token attack must end as a 401 with
// `WWW-Authenticate: Bearer error="invalid_token"`; a valid access token gets a 200.
import { errors, jwtVerify } from 'jose'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'

export interface VerifierSettings { key: Uint8Array, issuer: string, audience: string }
export interface AccessClaims { sub: string }

export async function verifyAccessToken(s: VerifierSettings, token: string): Promise<AccessClaims> {
  const { payload } = await jwtVerify(token, s.key, {
    algorithms: ['HS256'], issuer: s.issuer, audience: s.audience,
    requiredClaims: ['exp', 'iat', 'sub'], clockTolerance: 5,
  })
  if (payload.type !== 'access')
    throw new errors.JWTClaimValidationFailed('unexpected "type" claim value', payload, 'type')
  return { sub: String(payload.sub) }
}

export const invalidToken = () => new HTTPException(401, {
  message: 'Could not validate credentials',
  res: new Response(null, { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } }),
})

async function claimsOf(s: VerifierSettings, authorization: string | undefined): Promise<AccessClaims> {
  const token = /^Bearer +(\S+)$/i.exec(authorization ?? '')?.[1]
  if (!token)
    throw invalidToken()
  try {
    return await verifyAccessToken(s, token)
  }
  catch (err) {
    if (err instanceof errors.JOSEError)
      throw invalidToken()
    throw err
  }
}

export function createApp(s: VerifierSettings) {
  return new Hono()
    .get('/me', async c => c.json(await claimsOf(s, c.req.header('authorization'))))
    .get('/me/summary', async (c) => {
      const { sub } = await claimsOf(s, c.req.header('authorization'))
      return c.json({ sub, summary: 'ok' })
    })
}
