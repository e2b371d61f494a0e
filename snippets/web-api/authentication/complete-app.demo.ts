import { createApp, Settings } from './complete-app.ts'
import { ADMIN, ALICE, bearer, TEST_SECRET } from './fixtures.ts'
import { accountStore } from './login.ts'
import { hashPassword } from './password-hash.ts'
const password = 's3cret-passw0rd'
const passwordHash = await hashPassword(password) // both users, for the demo
const accounts = accountStore([{ user: ALICE, passwordHash }, { user: ADMIN, passwordHash }])
const settings = Settings.parse({ JWT_SECRET: TEST_SECRET })
const app = createApp({ settings, accounts, clientIp: () => '203.0.113.7' })
const cases = [['alice', '/users/me'], ['alice', '/admin/stats'], ['admin', '/admin/stats']]
for (const [who, path] of cases) {
  const body = new URLSearchParams({ username: `${who}@example.com`, password }) // a form
  const login = await (await app.request('/auth/login', { method: 'POST', body })).json()
  const res = await app.request(path!, bearer(login.access_token))
  const out = await res.json()
  console.log(`${who} GET ${path} -> ${res.status} ${JSON.stringify(out.detail ?? out)}`)
}
