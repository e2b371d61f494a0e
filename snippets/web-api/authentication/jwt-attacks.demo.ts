import { base64url, SignJWT } from 'jose'
import { testTokens } from './fixtures.ts'
import { verifyToken } from './jwt.ts'

const s = testTokens()
const enc = (o: object) => base64url.encode(JSON.stringify(o))
const attempts = {
  'alg none': `${enc({ alg: 'none' })}.${enc({ sub: 'u1', type: 'access' })}.`,
  'HS512': await new SignJWT({ type: 'access' }).setProtectedHeader({ alg: 'HS512' }).sign(s.key),
  'no exp': await new SignJWT({ sub: 'u1', type: 'access' }).setProtectedHeader({ alg: 'HS256' })
    .setIssuer(s.issuer).setAudience(s.audience).setIssuedAt().sign(s.key),
}
for (const [name, token] of Object.entries(attempts)) {
  const refused = await verifyToken(s, token, 'access').catch((e: { code: string }) => e.code)
  console.log(`${name}: ${typeof refused === 'string' ? refused : 'ACCEPTED'}`)
}
