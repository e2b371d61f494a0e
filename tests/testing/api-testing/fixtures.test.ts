// The fixtures of the deck: scopes, factory, auth headers, and the guard that production auth
// never trusts the test headers.
import pg from 'pg'
import { describe, expect } from 'vitest'
import { createApp } from '../../../snippets/testing/api-testing/app-under-test.ts'
import { created, fakePasswords, test } from '../../../snippets/testing/api-testing/fixtures.ts'
import { jwtAuth, productionApp } from '../../../snippets/testing/api-testing/server.ts'
import { signAccess } from '../../../snippets/web-api/authentication/jwt.ts'
import { testTokens } from '../../../snippets/web-api/authentication/fixtures.ts'

describe('scopes', () => {
  test('first test: engine, template and db each created once', async ({ db: _db }) => {
    expect(created).toEqual({ engine: 1, template: 1, db: 1 })
  })
  test('second test: only the per-test db is created again', async ({ db: _db }) => {
    expect(created).toEqual({ engine: 1, template: 1, db: 2 })
  })
})

describe('makeUser', () => {
  test('an admin deletes a target user', async ({ client, makeUser, authHeaders }) => {
    const admin = await makeUser({ role: 'admin' })
    const target = await makeUser({ username: 'target' })
    const res = await client.delete(`/users/${target.id}`, undefined, authHeaders(admin))
    expect(res.status).toBe(204)
    expect((await client.get(`/users/${target.id}`)).status).toBe(404)
  })
  test('rows made in another test are gone', async ({ client }) => {
    expect(await (await client.get('/users')).json()).toEqual([])
  })
})

describe('authHeaders', () => {
  test('admin 200, user 403 on /admin/stats', async ({ client, authHeaders }) => {
    expect((await client.get('/admin/stats', undefined, authHeaders({ id: 1, role: 'admin' }))).status).toBe(200)
    expect((await client.get('/admin/stats', undefined, authHeaders({ id: 2, role: 'user' }))).status).toBe(403)
  })
  test('production auth ignores the test headers and accepts only a valid token', async ({ db, makeUser, authHeaders }) => {
    const tokens = testTokens()
    const app = createApp({ db, auth: jwtAuth(tokens, db), passwords: fakePasswords })
    const admin = await makeUser({ role: 'admin' })
    expect((await app.request('/admin/stats', { headers: authHeaders(admin) })).status).toBe(401)
    const token = await signAccess(tokens, String(admin.id))
    expect((await app.request('/admin/stats', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200)
  })
  test('the production wiring answers 401 to the test headers before touching the database', async ({ authHeaders }) => {
    const pool = new pg.Pool({ host: '127.0.0.1', port: 1, max: 1 }) // nothing listens: no query may run
    const app = productionApp(pool, testTokens())
    expect((await app.request('/me', { headers: authHeaders({ id: 1, role: 'admin' }) })).status).toBe(401)
    await pool.end()
  })
})
