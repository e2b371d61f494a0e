import { describe, expect, it } from 'vitest'
import type { AuthFailure } from '../../../snippets/web-api/authentication/auth-chain.ts'
import { adminRoutes, createAuthApp, userFromToken } from '../../../snippets/web-api/authentication/auth-chain.ts'
import { bearer, testTokens, testUsers } from '../../../snippets/web-api/authentication/fixtures.ts'
import { signAccess } from '../../../snippets/web-api/authentication/jwt.ts'
import { captureConsole } from '../../support/capture-console.ts'

const tokens = testTokens()
function setup() {
  const users = testUsers()
  const failures: AuthFailure[] = []
  const app = createAuthApp({ tokens, users, logAuthFailure: f => failures.push(f) })
  return { app, users, failures }
}
const as = async (sub: string) => bearer(await signAccess(tokens, sub))

describe('the chain: extractor -> currentUser -> activeUser -> guard', () => {
  it('no token: 401 with WWW-Authenticate: Bearer', async () => {
    const res = await setup().app.request('/users/me')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('a valid token for a user deleted since: 401 "Could not validate credentials"', async () => {
    const { app, users, failures } = setup()
    const auth = await as('u1')
    expect((await app.request('/users/me', auth)).status).toBe(200)
    users.delete('u1')
    const res = await app.request('/users/me', auth)
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"')
    expect((await res.json()).detail).toBe('Could not validate credentials')
    expect(failures).toEqual([{ code: 'USER_NOT_FOUND', sub: 'u1' }])
  })

  it('an inactive user: 400 "Inactive user"', async () => {
    const res = await setup().app.request('/users/me', await as('u3'))
    expect(res.status).toBe(400)
    expect((await res.json()).detail).toBe('Inactive user')
  })

  it('a user on an admin route: 403 "Role \'admin\' required"; an admin: 200', async () => {
    const { app } = setup()
    const res = await app.request('/admin/dashboard', await as('u1'))
    expect(res.status).toBe(403)
    expect((await res.json()).detail).toBe('Role \'admin\' required')
    const ok = await app.request('/admin/stats', await as('u2'))
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ users: 1000, active: 850 })
  })

  it('missing posts:delete: 403 listing it; with it: 204', async () => {
    const { app } = setup()
    const res = await app.request('/posts/1', { method: 'DELETE', ...(await as('u1')) })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ detail: 'Missing permissions: posts:delete', missing: ['posts:delete'] })
    expect((await app.request('/posts/1', { method: 'DELETE', ...(await as('u2')) })).status).toBe(204)
  })

  it('every admin sub-route is covered by the router-level guard', async () => {
    const { app } = setup()
    const routes = adminRoutes({ tokens, users: testUsers() }).routes.filter(r => r.method !== 'ALL')
    expect(routes.map(r => `${r.method} ${r.path}`)).toEqual(['GET /dashboard', 'GET /stats', 'DELETE /users/:id'])
    for (const { method, path } of routes) {
      const url = `/admin${path.replace(':id', '7')}`
      expect((await app.request(url, { method })).status, `${method} ${url} anonymous`).toBe(401)
      expect((await app.request(url, { method, ...(await as('u1')) })).status, `${method} ${url} as user`).toBe(403)
      expect((await app.request(url, { method, ...(await as('u2')) })).status, `${method} ${url} as admin`).toBeLessThan(300)
    }
  })

  it('a repo failure is a 500 (our bug), not a 401 that hides it', async () => {
    const app = createAuthApp({ tokens, users: { findById: async () => { throw new Error('db down') } } })
    const res = await app.request('/users/me', await as('u1'))
    expect(res.status).toBe(500)
    await expect(userFromToken({ tokens, users: testUsers() }, 'garbage')).rejects.toMatchObject({ status: 401 })
  })

  it('demo: 401, 403, 200 for the same route', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/authentication/auth-chain.demo.ts'))
    expect(lines).toEqual([
      'no token GET /admin/stats -> 401 "Not authenticated"',
      'alice    GET /admin/stats -> 403 "Role \'admin\' required"',
      'admin    GET /admin/stats -> 200 {"users":1000,"active":850}',
      'alice    GET /users/me -> 200 {"id":"u1","email":"alice@example.com","role":"user"}',
    ])
  })
})
