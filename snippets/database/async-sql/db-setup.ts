// One pool per process, built at startup from validated settings (core-concepts/configuration),
// wrapped by Drizzle once. Creating the pool opens no connection; the first query does.
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { z } from 'zod'
import { secret } from '../../core-concepts/configuration/secret.ts'
import { schema } from './schema.ts'

export type PoolLog = (message: string) => void

// #region pool
export const DbSettings = z.object({
  DATABASE_URL: secret(z.string().regex(/^postgres(ql)?:\/\//)), // never logged
  DB_POOL_MAX: z.coerce.number().int().positive().default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  DB_IDLE_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  DB_MAX_LIFETIME_S: z.coerce.number().int().positive().default(3_600),
  DB_APP_NAME: z.string().default('workshop-api'), // shows in pg_stat_activity
})
export function createPool(s: DbSettings, log: PoolLog): pg.Pool {
  const pool = new pg.Pool({
    connectionString: s.DATABASE_URL.reveal(),
    max: s.DB_POOL_MAX,                            // one number: no overflow
    connectionTimeoutMillis: s.DB_CONNECT_TIMEOUT_MS, // default 0 waits forever
    idleTimeoutMillis: s.DB_IDLE_TIMEOUT_MS,
    maxLifetimeSeconds: s.DB_MAX_LIFETIME_S,       // pool_recycle
    application_name: s.DB_APP_NAME,
  })
  return logPoolErrors(pool, log)
}
// #endregion pool
export type DbSettings = z.output<typeof DbSettings>

// #region drizzle
export type QueryLog = (sql: string, params: unknown[]) => void

/** `echo=True`: pass a query log in development, nothing in production. */
export function createDb(pool: pg.Pool, logQuery?: QueryLog) {
  return drizzle({
    client: pool,
    schema,                                 // enables db.query.users.findMany({ with })
    logger: logQuery ? { logQuery } : false,
  })
}
export type NodeDb = ReturnType<typeof createDb>
// #endregion drizzle

// #region error-listener
/** An idle client dying (restart, proxy timeout) emits 'error' on the pool:
 *  without a listener that is an uncaught exception and the process exits. */
export function logPoolErrors(pool: pg.Pool, log: PoolLog): pg.Pool {
  pool.on('error', (err) => {
    // the pool already discarded the broken client; the next query gets a fresh one
    log(`pool: idle client error: ${err.message}`)
  })
  return pool
}
// #endregion error-listener
