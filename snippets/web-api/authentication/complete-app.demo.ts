import { createApp, Settings } from './complete-app.ts'
import { ADMIN, ALICE, bearer, TEST_SECRET } from './fixtures.ts'
import { accountStore } from './login.ts'
import { hashPassword } from './password-hash.ts'

const passwordHash = await hashPassword('s3cret-passw0rd') // both users, for the demo
const accounts = accountStore([{ user: ALICE, passwordHash }, { user: ADMIN, passwordHash }])
const settings = Settings.parse({ JWT_SECRET: TEST_SECRET })
const app = createApp({ settings, accounts, clientIp: () => '203.0.113.7' })
const login = async (username: string) => bearer((await (await app.request('/auth/login', { method: 'POST',
  body: new URLSearchParams({ username, password: 's3cret-passw0rd' }) })).json()).access_token)
for (const [who, path] of [['alice', '/users/me'], ['alice', '/admin/stats'], ['admin', '/admin/stats']]) {
  const res = await app.request(path!, await login(`${who}@example.com`)) // POST /auth/login (form)
  const body = await res.json()
  console.log(`${who} GET ${path} -> ${res.status} ${JSON.stringify(body.detail ?? body)}`)
}
