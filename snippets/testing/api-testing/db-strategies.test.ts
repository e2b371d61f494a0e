// Database strategies 2-4: rollback per test, a PGlite clone per test, and a database per file
// on a real PostgreSQL server (for pools, locks and concurrency, which PGlite cannot show).
import { randomUUID } from 'node:crypto'
import { drizzle as pgDrizzle } from 'drizzle-orm/node-postgres'
import { TransactionRollbackError } from 'drizzle-orm'
import pg from 'pg'
import { expect, test as base } from 'vitest'
import type { Db } from './app-under-test.ts'
import { MIGRATION, users } from './app-under-test.ts'
import { migratedPglite, test as cloneTest } from './fixtures.ts'

const insertAda = (db: Db) => db.insert(users).values({ username: 'ada', email: 'ada@example.com', passwordHash: 'x' })

// #region rollback
export const rollbackTest = base
  .extend('fileDb', { scope: 'file' }, async ({}, { onCleanup }) => {
    const { client, db } = await migratedPglite() // one database for the file
    onCleanup(() => client.close())
    return db
  })
  .extend<{ tx: Db }>({
    tx: async ({ fileDb }, use) => {
      await fileDb.transaction(async (tx) => {
        await use(tx)  // the test runs inside the transaction (pass tx to createApp as db)
        tx.rollback()  // ...and everything it wrote disappears
      }).catch((err: unknown) => { if (!(err instanceof TransactionRollbackError)) throw err })
    },
  })
// #endregion rollback

for (const n of [1, 2]) {
  rollbackTest(`rollback: test ${n} starts empty`, async ({ tx }) => {
    expect(await tx.$count(users)).toBe(0)
    await insertAda(tx)
    expect(await tx.$count(users)).toBe(1)
  })
}

// #region clone
cloneTest('clone: each test gets its own copy', async ({ template, db }) => {
  await insertAda(db)                       // writes go to this test's clone only
  expect(await db.$count(users)).toBe(1)
  const untouched = await template.query<{ n: number }>('SELECT count(*)::int AS n FROM users')
  expect(untouched.rows[0]?.n).toBe(0)
})
// #endregion clone

// #region real-server
/** Strategy 4: a database per file, copied from a migrated template on the real server. */
export async function databaseFromTemplate(admin: pg.Client, template: string) {
  const name = `test_${randomUUID().replaceAll('-', '')}` // unique: files run in parallel
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`) // a file copy: fast
  return { name, drop: () => admin.query(`DROP DATABASE ${name} WITH (FORCE)`) }
}

export async function migrateTemplate(url: string, template: string) {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${template}`)
  const pool = new pg.Pool({ connectionString: url.replace(/\/[^/]*$/, `/${template}`) })
  await pgDrizzle({ client: pool }).execute(MIGRATION)
  await pool.end()                          // a template must have no open connections
  return admin
}
// #endregion real-server
