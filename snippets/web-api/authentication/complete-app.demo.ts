import { createApp, Settings } from './complete-app.ts'
import { ADMIN, ALICE, bearer, TEST_SECRET } from './fixtures.ts'
import { accountStore } from './login.ts'
import { hashPassword } from './password-hash.ts'

const passwordHash = await hashPassword('s3cret-passw0rd') // both users, for the demo
const accounts = accountStore([{ user: ALICE, passwordHash }, { user: ADMIN, passwordHash }])
const settings = Settings.parse({ JWT_SECRET: TEST_SECRET })
const app = createApp({ settings, accounts, clientIp: () => '203.0.113.7' })
async function login(username: string) {
  const body = new URLSearchParams({ username, password: 's3cret-passw0rd' })
  const res = await app.request('/auth/login', { method: 'POST', body })
  const { access_token, token_type } = await res.json()
  console.log(`login ${username}: ${res.status} token_type=${token_type}`)
  return bearer(access_token)
}
async function get(path: string, auth: RequestInit) {
  const res = await app.request(path, auth)
  const body = await res.json()
  console.log(`  GET ${path} -> ${res.status} ${JSON.stringify(body.detail ?? body)}`)
}
const alice = await login('alice@example.com')
await get('/users/me', alice)
await get('/admin/stats', alice)
await get('/admin/stats', await login('admin@example.com'))
