import { decodeJwt, decodeProtectedHeader } from 'jose'
import { testTokens } from './fixtures.ts'
import { signAccess } from './jwt.ts'

const token = await signAccess(testTokens(), 'u1')
console.log(`${token.split('.').length} parts: header.payload.signature`)
console.log('header: ' + JSON.stringify(decodeProtectedHeader(token)))
const claims = decodeJwt(token) // no key needed: encoded, not encrypted
const { sub, iss, aud, type } = claims
console.log('payload: ' + JSON.stringify({ sub, iss, aud, type }))
console.log(`jti: ${typeof claims.jti}, exp - iat = ${claims.exp! - claims.iat!} s`)
