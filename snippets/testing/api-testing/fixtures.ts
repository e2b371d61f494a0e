// The deck's fixtures: `test.extend` replaces pytest's yield fixtures and conftest.py. Import
// `test` from here (or from a module that extends it) instead of from vitest.
import { PGlite } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import type { Context } from 'hono'
import { test as base, vi } from 'vitest'
import type { Auth, CurrentUser, Deps, Passwords } from './app-under-test.ts'
import { createApp, MIGRATION, users } from './app-under-test.ts'

// Booting WASM Postgres inside the first test can take >10 s on a loaded 2-core CI machine.
vi.setConfig({ testTimeout: 60_000 })

/** How often each scope ran in this worker (the fixtures test reads it). */
type NewUser = typeof users.$inferInsert

export const created = { engine: 0, template: 0, db: 0 }

/** Tests never pay for argon2: the app only needs *a* hash. */
export const fakePasswords: Passwords = { hash: async plain => `fake-hash:${plain.length}` }

// #region auth-fake
/** Trusts X-User-Id / X-Role. Only ever wired by tests; server.ts wires JWT auth. */
export const headerAuth: Auth = {
  authenticate: async (c: Context) => {
    const id = Number(c.req.header('x-user-id'))
    const role = c.req.header('x-role') === 'admin' ? 'admin' : 'user'
    return Number.isInteger(id) && id > 0 ? { id, username: `user${id}`, role } : null
  },
}
// #endregion auth-fake

export type Client = ReturnType<typeof requestHelper>
/** `client.post('/users', body)`: JSON in, standard Response out, no network. */
export function requestHelper(app: ReturnType<typeof createApp>) {
  const send = (method: string) => (path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method, headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) })
  return { get: send('GET'), post: send('POST'), patch: send('PATCH'), delete: send('DELETE') }
}

/** One migrated PGlite (strategy 1: a database per file). Close it when done. */
export async function migratedPglite() {
  const client = await PGlite.create()
  const db = drizzle({ client })
  await db.execute(MIGRATION)
  return { client, db }
}

async function cloneOf(source: PGlite): Promise<PGlite> {
  const copy = await source.clone()
  if (!(copy instanceof PGlite)) throw new TypeError('PGlite.clone() returned no PGlite')
  return copy
}

// #region scoped
export const test = base
  .extend('engine', { scope: 'worker' }, async ({}, { onCleanup }) => {
    created.engine++ // WASM Postgres, booted once per worker (~2 s)
    const pg = await PGlite.create() // resolves once ready: clone() on a booting one hangs
    onCleanup(() => pg.close())
    return pg
  })
  .extend('template', { scope: 'file' }, async ({ engine }, { onCleanup }) => {
    created.template++ // migrated once per file
    const pg = await cloneOf(engine)
    await drizzle({ client: pg }).execute(MIGRATION)
    onCleanup(() => pg.close())
    return pg
  })
  .extend('db', async ({ template }, { onCleanup }) => {
    created.db++ // every test gets its own copy: nothing to clean
    const pg = await cloneOf(template)
    onCleanup(() => pg.close())
    return drizzle({ client: pg })
  })
// #endregion scoped
  // #region client
  .extend('deps', async ({ db }): Promise<Deps> =>
    ({ db, auth: headerAuth, passwords: fakePasswords }))
  .extend('app', async ({ deps }) => createApp(deps)) // a fresh app per test
  .extend('client', async ({ app }) => requestHelper(app)) // client.post('/users', body)
  // #endregion client
  // #region make-user
  .extend('makeUser', async ({ db }) => {
    let n = 0
    return async (fields: Partial<Pick<NewUser, 'username' | 'email' | 'role'>> = {}) => {
      n++ // unique defaults; the clone disappears after the test, so no cleanup
      const [user] = await db.insert(users).values({ username: `user${n}`,
        email: `user${n}@example.com`, passwordHash: 'x', role: 'user', ...fields }).returning()
      return user!
    }
  })
  // #endregion make-user
  // #region auth-headers
  .extend('authHeaders', async () =>
    (user: Pick<CurrentUser, 'id' | 'role'>): Record<string, string> =>
      ({ 'X-User-Id': String(user.id), 'X-Role': user.role }))
  // #endregion auth-headers
