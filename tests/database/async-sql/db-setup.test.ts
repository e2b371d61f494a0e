import { afterAll, beforeAll, expect, test } from 'vitest'
import { createDb, createPool, DbSettings } from '../../../snippets/database/async-sql/db-setup.ts'
import { users } from '../../../snippets/database/async-sql/schema.ts'
import { type MigratedPostgres, startMigratedPostgres } from './real-postgres.ts'

let pg: MigratedPostgres
beforeAll(async () => { pg = await startMigratedPostgres() }, 60_000)
afterAll(() => pg.stop())

const settingsFor = (url: string, app: string) =>
  DbSettings.parse({ DATABASE_URL: url, DB_APP_NAME: app, DB_POOL_MAX: '3' })

test('settings are validated and the URL stays secret', () => {
  const s = settingsFor(pg.server.url, 'x')
  expect(s.DB_POOL_MAX).toBe(3)
  expect(s.DB_CONNECT_TIMEOUT_MS).toBe(5_000)
  expect(JSON.stringify(s)).not.toContain(pg.server.url)
  expect(() => DbSettings.parse({ DATABASE_URL: 'mysql://x' })).toThrow()
})

test('creating the pool opens no connection; the first query opens one', async () => {
  const pool = createPool(settingsFor(pg.server.url, 'lazy-app'), () => {})
  try {
    expect(await pg.connections('lazy-app')).toBe(0)
    const db = createDb(pool)
    expect(await pg.connections('lazy-app')).toBe(0)
    expect(await db.$count(users)).toBe(0)
    expect(await pg.connections('lazy-app')).toBe(1)
  }
  finally {
    await pool.end()
  }
})

test('a terminated idle backend is logged, the process survives, the next query works', async () => {
  let logged!: (line: string) => void
  const errorLogged = new Promise<string>((resolve) => { logged = resolve })
  const pool = createPool(settingsFor(pg.server.url, 'doomed-app'), line => logged(line))
  try {
    const queries: string[] = []
    const db = createDb(pool, sql => queries.push(sql))
    await db.select().from(users)                           // one idle client now
    expect(queries).toHaveLength(1)
    await pg.admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'doomed-app'`)
    expect(await errorLogged).toMatch(/^pool: idle client error: terminating connection/)
    expect(await db.$count(users)).toBe(0)                  // a fresh client
    expect(pool.totalCount).toBe(1)
  }
  finally {
    await pool.end()
  }
})
