// Replacing dependencies through createApp: the dependency_overrides analog, without a global map.
import { afterAll, beforeAll, expect, test as plain } from 'vitest'
import type { App, Auth } from './app-under-test.ts'
import { createApp, users } from './app-under-test.ts'
import { fakePasswords, headerAuth, migratedPglite, test } from './fixtures.ts'

const signup = { username: 'ada', email: 'ada@example.com', password: 'correct horse' }

// #region db
test('the routes run unchanged on PGlite', async ({ db }) => {
  const app = createApp({ db, auth: headerAuth, passwords: fakePasswords }) // db: PGlite clone
  const res = await app.request('/users', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(signup),
  })
  expect(res.status).toBe(201)
  expect(await db.select().from(users))
    .toMatchObject([{ username: 'ada', passwordHash: 'fake-hash:13' }])
})
// #endregion db

// #region auth
const testUser = { id: 1, username: 'testuser', role: 'admin' } as const
const fakeAuth: Auth = { authenticate: async () => testUser } // no token needed

test('protected routes get the fake user', async ({ db }) => {
  const app = createApp({ db, auth: fakeAuth, passwords: fakePasswords })
  expect(await (await app.request('/me')).json()).toEqual(testUser)
  expect((await app.request('/admin/stats')).status).toBe(200)
})
// #endregion auth

/** Registered only by meta/leak.meta.ts: one of the two tests fails, in either order. */
export function registerLeakyTests() {
  // #region leak
  let shared: App // BUG: one app (and one database) for the whole file
  let close = async () => {}
  beforeAll(async () => {
    const { db, client } = await migratedPglite()
    close = () => client.close()
    shared = createApp({ db, auth: headerAuth, passwords: fakePasswords })
  })
  afterAll(() => close())
  const post = () => shared.request('/users', { method: 'POST',
    headers: { 'content-type': 'application/json' }, body: JSON.stringify(signup) })

  plain('signs up ada', async () => { expect((await post()).status).toBe(201) })
  plain('signs up ada again, elsewhere', async () => { expect((await post()).status).toBe(201) })
  // #endregion leak
}

/** The same two tests on the per-test fixture: both pass, in any order. */
export function registerFreshTests() {
  // #region fresh-app-fixture
  test('signs up ada', async ({ client }) => {     // client: fresh clone + fresh app
    expect((await client.post('/users', signup)).status).toBe(201)
  })
  test('signs up ada again, elsewhere', async ({ client }) => {
    expect((await client.post('/users', signup)).status).toBe(201)
  })
  // #endregion fresh-app-fixture
}
