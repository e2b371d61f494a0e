// Hono has no lifespan hook: the entry script owns startup and shutdown. Stop accepting, let
// in-flight requests finish, then end the pool (SQLAlchemy's engine.dispose()).
import type pg from 'pg'

export interface Closable { close: (done: (err?: Error) => void) => unknown }

// #region shutdown
export async function shutdown(server: Closable, pool: pg.Pool, log: (line: string) => void) {
  await new Promise<void>((resolve, reject) =>
    server.close(err => (err ? reject(err) : resolve()))) // drains in-flight requests
  log('http: drained')
  await pool.end()        // closes idle clients; a later query rejects
  log('db: pool ended')
}
// process.once('SIGTERM', () => shutdown(server, pool, console.log))
// #endregion shutdown
