// Hono has no lifespan hook: the entry script owns startup and shutdown. Stop accepting, let
// in-flight requests finish, then end the pool (SQLAlchemy's engine.dispose()).
import type pg from 'pg'

export interface Closable { close: (done: (err?: Error) => void) => unknown }

// #region shutdown
export async function shutdown(
  server: Closable,
  pool: pg.Pool,
  log: (line: string) => void,
) {
  // stop accepting, wait for in-flight requests
  await new Promise<void>((resolve, reject) =>
    server.close(err => (err ? reject(err) : resolve())))
  log('http: drained')
  // closes idle clients; a later query rejects
  await pool.end()
  log('db: pool ended')
}
// process.once('SIGTERM',
//   () => shutdown(server, pool, console.log))
// #endregion shutdown
