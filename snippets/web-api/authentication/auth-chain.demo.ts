import { createAuthApp } from './auth-chain.ts'
import { bearer, testTokens, testUsers } from './fixtures.ts'
import { signAccess } from './jwt.ts'

const tokens = testTokens()
const app = createAuthApp({ tokens, users: testUsers() })
async function call(who: string, path: string, init?: RequestInit) {
  const res = await app.request(path, init)
  const body = await res.json()
  console.log(`${who} GET ${path} -> ${res.status} ${JSON.stringify(body.detail ?? body)}`)
}
await call('no token', '/admin/stats')
await call('alice   ', '/admin/stats', bearer(await signAccess(tokens, 'u1')))
await call('admin   ', '/admin/stats', bearer(await signAccess(tokens, 'u2')))
await call('alice   ', '/users/me', bearer(await signAccess(tokens, 'u1')))
