// The driver under Drizzle: $1 placeholders, rows as plain objects, manual transactions,
// COPY for bulk loads. For measured hot paths, not instead of the ORM.
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { drizzle } from 'drizzle-orm/node-postgres'
import { schema } from './schema.ts'

interface UserRow { id: number, email: string, name: string }

// #region crud
export const rawPool = (url: string) => new pg.Pool({
  connectionString: url, min: 5, max: 20,
  statement_timeout: 30_000,             // asyncpg command_timeout, enforced server-side
  connectionTimeoutMillis: 5_000,
})
export const insertUser = async (pool: pg.Pool, email: string, name: string) =>
  (await pool.query<UserRow>('INSERT INTO users (email, name) VALUES ($1, $2) RETURNING id, email, name', [email, name])).rows[0]!
export const findUser = async (pool: pg.Pool, id: number) =>      // fetchrow
  (await pool.query<UserRow>('SELECT id, email, name FROM users WHERE id = $1', [id])).rows[0]
export const deleteUser = async (pool: pg.Pool, id: number) =>    // execute -> rowCount
  (await pool.query('DELETE FROM users WHERE id = $1', [id])).rowCount ?? 0
// #endregion crud

// #region types
export async function countUsers(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM users')
  return Number.parseInt(rows[0]!.count, 10) // bigint arrives as a string: parse deliberately
}
// #endregion types

// #region injection
export const findByEmailUnsafe = async (pool: pg.Pool, email: string) => // NEVER do this
  (await pool.query<UserRow>(`SELECT id, email, name FROM users WHERE email = '${email}'`)).rows
export const findByEmail = async (pool: pg.Pool, email: string) =>        // value sent apart
  (await pool.query<UserRow>('SELECT id, email, name FROM users WHERE email = $1', [email])).rows
// #endregion injection

// #region transaction
export async function withTransaction<T>(pool: pg.Pool, work: (c: pg.PoolClient) => Promise<T>) {
  const client = await pool.connect()
  let broken: Error | undefined
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  }
  catch (err) {
    await client.query('ROLLBACK').catch((e: Error) => { broken = e })
    throw err
  }
  finally {
    client.release(broken)   // always released; a broken client is destroyed, not reused
  }
}
// #endregion transaction

/** COPY text format: tab-separated; backslash, tab and newlines escaped. */
const copyField = (value: string) => value.replace(/[\\\t\n\r]/g, ch =>
  ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[ch] ?? ch)

// #region copy
export async function copyUsers(pool: pg.Pool, rows: { email: string, name: string }[]) {
  const client = await pool.connect()
  try {
    const sink = client.query(copyFrom('COPY users (email, name) FROM STDIN'))
    const lines = rows.map(r => `${copyField(r.email)}\t${copyField(r.name)}\n`)
    await pipeline(Readable.from(lines), sink)  // streamed: no parameter limit
    return sink.rowCount
  }
  finally {
    client.release()
  }
}
// #endregion copy

// #region shared-pool
/** One pool, two APIs: Drizzle's connections and raw ones count once against `max`. */
export function sharedPool(pool: pg.Pool) {
  const db = drizzle({ client: pool, schema })
  return { db, raw: db.$client }          // db.$client === pool
}
// #endregion shared-pool
