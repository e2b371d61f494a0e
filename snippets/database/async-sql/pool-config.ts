// Pool presets, exhaustion and stale connections. Total `max` over every process must stay
// under the server's max_connections (default 100) with headroom.
import type pg from 'pg'

// #region presets
const IDLE_MS = 10_000
export const POOL_PRESETS = {                        // SQLAlchemy pool_size + max_overflow ->
  low: { max: 8, maxLifetimeSeconds: 1_800, connectionTimeoutMillis: 30_000, idleTimeoutMillis: IDLE_MS },  // 3 + 5
  medium: { max: 30, maxLifetimeSeconds: 3_600, connectionTimeoutMillis: 30_000, idleTimeoutMillis: IDLE_MS }, // 10 + 20
  high: { max: 50, maxLifetimeSeconds: 1_800, connectionTimeoutMillis: 10_000, idleTimeoutMillis: IDLE_MS },  // 20 + 30
} as const satisfies Record<string, pg.PoolConfig>
// #endregion presets

// #region exhaustion
/** max 2, three long transactions: the third waits connectionTimeoutMillis, then rejects. */
export async function exhaust(pool: pg.Pool, holdSeconds: number) {
  const longTransaction = async () => {
    // rejects with "timeout exceeded when trying to connect"
    const client = await pool.connect()
    try { await client.query('SELECT pg_sleep($1)', [holdSeconds]) }
    finally { client.release() }
  }
  return Promise.allSettled([longTransaction(), longTransaction(), longTransaction()])
}
// #endregion exhaustion

// #region stale-connection
const CONNECTION_LOST = /Connection terminated|terminating connection|ECONNRESET/

/** pool_pre_ping's job, done lazily: retry an idempotent read while connections are dead. */
export async function readWithRetry<R extends pg.QueryResultRow>(
  pool: pg.Pool, text: string, values: unknown[] = [],
) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pool.query<R>(text, values)
    }
    catch (err) { // each failure discards one dead client; at most `max` can be dead
      const lost = err instanceof Error && CONNECTION_LOST.test(err.message)
      if (!lost || attempt > pool.options.max) throw err
    }
  }
}
// #endregion stale-connection
