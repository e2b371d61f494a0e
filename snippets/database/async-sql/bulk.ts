// add_all becomes one multi-row insert. PostgreSQL binds at most 65,535 parameters per
// statement, so big batches go in chunks of rows x columns under the limit.
import type pg from 'pg'
import type { AppDb, NewUser } from './schema.ts'
import { users } from './schema.ts'
import { copyUsers } from './raw-pg.ts'

export const PG_MAX_PARAMS = 65_535

// #region multi-row-insert
export const insertMany = (db: AppDb, rows: NewUser[]) =>
  db.insert(users).values(rows).returning({ id: users.id }) // one statement, one round trip
// #endregion multi-row-insert

// #region chunked
export async function insertChunked(db: AppDb, rows: NewUser[], maxParams = PG_MAX_PARAMS) {
  const columns = Math.max(1, ...rows.map(r => Object.keys(r).length))
  const perChunk = Math.floor(maxParams / columns)          // rows x columns <= limit
  return db.transaction(async (tx) => {
    const ids: number[] = []
    for (let i = 0; i < rows.length; i += perChunk) {
      const inserted = await insertMany(tx, rows.slice(i, i + perChunk))
      ids.push(...inserted.map(r => r.id))
    }
    return ids                                              // all chunks, or none
  })
}
// #endregion chunked

export const sampleUsers = (n: number, prefix = 'bulk'): { email: string, name: string }[] =>
  Array.from({ length: n }, (_, i) => ({ email: `${prefix}${i}@example.com`, name: `User ${i}` }))

// #region benchmark
/** Row-by-row vs multi-row vs COPY on a real server. Timings are printed, never asserted. */
export async function benchmark(db: AppDb, pool: pg.Pool, n: number, log: (line: string) => void) {
  const time = async (label: string, run: () => Promise<unknown>) => {
    const started = performance.now()
    await run()
    log(`${label.padEnd(12)} ${n} rows: ${Math.round(performance.now() - started)} ms`)
  }
  await time('row by row', async () => { for (const r of sampleUsers(n, 'a')) await db.insert(users).values(r) })
  await time('multi-row', () => insertChunked(db, sampleUsers(n, 'b')))
  await time('COPY', () => copyUsers(pool, sampleUsers(n, 'c')))
}
// #endregion benchmark
