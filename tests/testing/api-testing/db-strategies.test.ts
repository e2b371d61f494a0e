// Runs the rollback and clone tests (imported), and the real-server strategy on PostgreSQL 15
// started on 127.0.0.1 for this file.
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { logPoolErrors } from '../../../snippets/database/async-sql/db-setup.ts'
import { users } from '../../../snippets/testing/api-testing/app-under-test.ts'
import { databaseFromTemplate, migrateTemplate } from '../../../snippets/testing/api-testing/db-strategies.test.ts'
import { created, test as cloneTest } from '../../../snippets/testing/api-testing/fixtures.ts'
import { startPostgresServer, type PostgresServer } from '../../support/postgres-server.ts'

cloneTest('clone: a second test sees none of the first one\'s rows', async ({ db }) => {
  expect(await db.$count(users)).toBe(0)
  expect(created.template).toBe(1) // the template was migrated once for this file
})

cloneTest('clone: setting up a clone stays within a loose budget', async ({ template }) => {
  const start = performance.now()
  const copy = await template.clone()
  const ms = performance.now() - start
  await copy.close()
  expect(ms).toBeLessThan(15_000) // typically well under 1 s; 10x+ room for a loaded CI machine
})

let server: PostgresServer
let admin: pg.Client
beforeAll(async () => {
  server = await startPostgresServer()
  admin = await migrateTemplate(server.url, 'app_template')
}, 120_000)
afterAll(async () => {
  await admin?.end()
  await server?.stop()
})

test('real server: a database per file, created from the template and dropped afterwards', async () => {
  const { name, drop } = await databaseFromTemplate(admin, 'app_template')
  const pool = new pg.Pool({ connectionString: server.url.replace(/\/[^/]*$/, `/${name}`), max: 4 })
  logPoolErrors(pool, () => {}) // DROP … WITH (FORCE) may still catch clients that are closing
  const db = drizzle({ client: pool })
  await db.insert(users).values({ username: 'ada', email: 'ada@example.com', passwordHash: 'x' })
  const counts = await Promise.all([1, 2, 3, 4].map(() => db.$count(users))) // four connections
  expect(counts).toEqual([1, 1, 1, 1])
  await pool.end()
  await drop()
  const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname = $1', [name])
  expect(rows).toEqual([])
  const template = await admin.query('SELECT count(*)::int AS n FROM pg_database WHERE datname = $1', ['app_template'])
  expect(template.rows[0]).toEqual({ n: 1 })
})
