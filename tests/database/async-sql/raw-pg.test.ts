import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { createDb } from '../../../snippets/database/async-sql/db-setup.ts'
import {
  copyUsers, countUsers, deleteUser, findByEmail, findByEmailUnsafe, findUser, insertUser, rawPool, sharedPool, withTransaction,
} from '../../../snippets/database/async-sql/raw-pg.ts'
import { sampleUsers } from '../../../snippets/database/async-sql/bulk.ts'
import { users } from '../../../snippets/database/async-sql/schema.ts'
import { type MigratedPostgres, startMigratedPostgres } from './real-postgres.ts'

let pg: MigratedPostgres
beforeAll(async () => { pg = await startMigratedPostgres() }, 60_000)
beforeEach(() => pg.reset())
afterAll(() => pg.stop())

test('CRUD with placeholders; count(*) arrives as a string and is parsed', async () => {
  const pool = pg.pool()
  const ada = await insertUser(pool, 'ada@x.io', 'Ada')
  expect(ada).toEqual({ id: 1, email: 'ada@x.io', name: 'Ada' })
  expect(await findUser(pool, 1)).toEqual(ada)
  expect(await findUser(pool, 9)).toBeUndefined()
  const raw = await pool.query('SELECT count(*) FROM users')
  expect(raw.rows[0]).toEqual({ count: '1' })                  // bigint -> string
  expect(await countUsers(pool)).toBe(1)
  expect(await deleteUser(pool, 1)).toBe(1)
  expect(await deleteUser(pool, 1)).toBe(0)
})

test('the rawPool preset sets the asyncpg-style limits', () => {
  const pool = rawPool(pg.server.url)
  pool.on('error', () => {})
  expect(pool.options).toMatchObject({ min: 5, max: 20, statement_timeout: 30_000 })
  return pool.end()
})

test("injection: ' OR '1'='1 returns every row interpolated, none with placeholders", async () => {
  const pool = pg.pool()
  await insertUser(pool, 'a@x.io', 'A')
  await insertUser(pool, 'b@x.io', 'B')
  const attack = "' OR '1'='1"
  expect(await findByEmailUnsafe(pool, attack)).toHaveLength(2)
  expect(await findByEmail(pool, attack)).toEqual([])
})

test('a failing statement rolls the raw transaction back and releases the client', async () => {
  const pool = pg.pool({ max: 2 })
  await pool.query('SELECT 1')
  const idle = pool.idleCount
  await expect(withTransaction(pool, async (client) => {
    await client.query("INSERT INTO users (email, name) VALUES ('a@x.io', 'A')")
    await client.query("INSERT INTO users (email, name) VALUES ('a@x.io', 'dup')")
  })).rejects.toThrow(/duplicate key/)
  expect(await countUsers(pool)).toBe(0)
  expect(pool.idleCount).toBe(idle)
  expect(pool.totalCount - pool.idleCount).toBe(0)
  expect(await withTransaction(pool, c => c.query('SELECT 42 AS n').then(r => r.rows[0]))).toEqual({ n: 42 })
})

test('COPY loads 10,000 rows (with tabs and backslashes escaped)', async () => {
  const pool = pg.pool()
  const rows = [...sampleUsers(9_999), { email: 'odd@x.io', name: 'tab\there \\ back' }]
  expect(await copyUsers(pool, rows)).toBe(10_000)
  expect(await countUsers(pool)).toBe(10_000)
  expect((await findByEmail(pool, 'odd@x.io'))[0]?.name).toBe('tab\there \\ back')
})

test('Drizzle and raw queries share one pool: connections never exceed max', async () => {
  const pool = pg.pool({ max: 3, application_name: 'shared-app' })
  const { db, raw } = sharedPool(pool)
  expect(raw).toBe(pool)
  let peak = 0
  const watch = () => { peak = Math.max(peak, pool.totalCount) }
  await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2
    ? db.select().from(users).then(watch)
    : raw.query('SELECT pg_sleep(0.02)').then(watch))))
  expect(peak).toBeLessThanOrEqual(3)
  expect(await pg.connections('shared-app')).toBeLessThanOrEqual(3)
  expect(createDb(pool).$client).toBe(pool)
})
