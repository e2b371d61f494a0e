import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, Settings, TokenResponse } from '../../../snippets/web-api/authentication/complete-app.ts'
import { ADMIN, ALICE, bearer, TEST_SECRET } from '../../../snippets/web-api/authentication/fixtures.ts'
import { accountStore } from '../../../snippets/web-api/authentication/login.ts'
import { hashPassword } from '../../../snippets/web-api/authentication/password-hash.ts'
import { captureConsole } from '../../support/capture-console.ts'

const ORIGIN = 'http://localhost:5173' // a development origin
let passwordHash = ''
beforeAll(async () => { passwordHash = await hashPassword('s3cret-passw0rd') })
const make = () => createApp({
  settings: Settings.parse({ JWT_SECRET: TEST_SECRET }),
  accounts: accountStore([{ user: ALICE, passwordHash }, { user: ADMIN, passwordHash }]),
  clientIp: () => '203.0.113.7',
})

function expectPolicyHeaders(res: Response) {
  expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN)
  expect(res.headers.get('x-frame-options')).toBe('DENY')
  expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
}

describe('the complete app', () => {
  it('login -> /users/me 200 -> /admin/stats 403 for a user, 200 {users: 1000, active: 850} for an admin', async () => {
    const app = make()
    const login = async (username: string) => {
      const res = await app.request('/auth/login', { method: 'POST', headers: { origin: ORIGIN },
        body: new URLSearchParams({ username, password: 's3cret-passw0rd' }) })
      expect(res.status).toBe(200)
      expectPolicyHeaders(res)
      return { headers: { origin: ORIGIN, ...bearer(TokenResponse.parse(await res.json()).access_token).headers } }
    }
    const alice = await login('alice@example.com')
    const me = await app.request('/users/me', alice)
    expect(me.status).toBe(200)
    expect(await me.json()).toEqual({ id: 'u1', email: 'alice@example.com', role: 'user' })
    expectPolicyHeaders(me)
    const forbidden = await app.request('/admin/stats', alice)
    expect(forbidden.status).toBe(403)
    expectPolicyHeaders(forbidden)
    const stats = await app.request('/admin/stats', await login('admin@example.com'))
    expect(stats.status).toBe(200)
    expect(await stats.json()).toEqual({ users: 1000, active: 850 })
    expectPolicyHeaders(stats)
  })

  it('a short secret stops the app before it is built', () => {
    expect(() => Settings.parse({ JWT_SECRET: 'c2hvcnQ' })).toThrow(/JWT_SECRET/)
  })

  it('production uses the production origin list', async () => {
    const app = createApp({ settings: Settings.parse({ JWT_SECRET: TEST_SECRET, NODE_ENV: 'production' }),
      accounts: accountStore([]), clientIp: () => '203.0.113.7' })
    const res = await app.request('/users/me', { headers: { origin: ORIGIN } })
    expect(res.status).toBe(401)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('demo: the end-to-end run', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/authentication/complete-app.demo.ts'))
    expect(lines).toEqual([
      'alice GET /users/me -> 200 {"id":"u1","email":"alice@example.com","role":"user"}',
      'alice GET /admin/stats -> 403 "Role \'admin\' required"',
      'admin GET /admin/stats -> 200 {"users":1000,"active":850}',
    ])
  })
})
