import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { benchmark, insertChunked, insertMany, PG_MAX_PARAMS, sampleUsers } from '../../../snippets/database/async-sql/bulk.ts'
import { createDb } from '../../../snippets/database/async-sql/db-setup.ts'
import { createPgliteDb } from '../../../snippets/database/async-sql/migrations.ts'
import { users } from '../../../snippets/database/async-sql/schema.ts'
import { type MigratedPostgres, startMigratedPostgres } from './real-postgres.ts'

describe('on PGlite', () => {
  const params: number[] = []
  let t: Awaited<ReturnType<typeof createPgliteDb>>
  beforeAll(async () => {
    t = await createPgliteDb((sql, p) => { if (sql.startsWith('insert')) params.push(p.length) })
  }, 30_000)
  afterAll(() => t.close())

  test('a multi-row insert is one statement with returning', async () => {
    params.length = 0
    const ids = await insertMany(t.db, sampleUsers(3, 'm'))
    expect(ids).toHaveLength(3)
    expect(params).toEqual([6])
  })

  test('10,000 rows in chunks that each stay under 65,535 parameters', async () => {
    await t.reset()
    params.length = 0
    const rows = sampleUsers(10_000).map((r, i) => ({ ...r, isActive: i % 2 === 0, credits: i }))
    const ids = await insertChunked(t.db, rows, 8_000)       // 4 columns -> 2,000 rows a chunk
    expect(params).toEqual([8_000, 8_000, 8_000, 8_000, 8_000])
    expect(new Set(ids).size).toBe(10_000)
    expect(await t.db.$count(users)).toBe(10_000)
    params.length = 0
    await t.reset()
    const more = await insertChunked(t.db, sampleUsers(10_000, 'z'))
    expect(more).toHaveLength(10_000)
    expect(params.every(n => n <= PG_MAX_PARAMS)).toBe(true)
  })
})

describe('on a real server', () => {
  let pg: MigratedPostgres
  beforeAll(async () => { pg = await startMigratedPostgres() }, 60_000)
  afterAll(() => pg.stop())

  test('the benchmark prints one timing per method (no timing assertions)', async () => {
    const pool = pg.pool({ max: 4 })
    const lines: string[] = []
    await benchmark(createDb(pool), pool, 500, line => lines.push(line))
    expect(lines.map(l => l.replace(/\d+ ms$/, '<n> ms'))).toEqual([
      'row by row   500 rows: <n> ms', 'multi-row    500 rows: <n> ms', 'COPY         500 rows: <n> ms',
    ])
    expect(Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM users')).rows[0]!.n)).toBe(1_500)
  })
})
