// Test helper: a real PostgreSQL server (tests/support/postgres-server.ts), migrated with the
// kit's migration folder, plus pools that are all ended in stop().
import { drizzle } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import { startPostgresServer } from '../../support/postgres-server.ts'
import { MIGRATIONS_FOLDER } from '../../../snippets/database/async-sql/migrations.ts'

export async function startMigratedPostgres() {
  const server = await startPostgresServer()
  const pools: pg.Pool[] = []
  const pool = (config: pg.PoolConfig = {}) => {
    const created = new pg.Pool({ connectionString: server.url, connectionTimeoutMillis: 5_000, ...config })
    created.on('error', () => {}) // tests that care attach their own listener
    pools.push(created)
    return created
  }
  const admin = pool({ max: 2, application_name: 'kit-admin' })
  await migrate(drizzle({ client: admin }), { migrationsFolder: MIGRATIONS_FOLDER })
  /** Server-side connection count for one application_name. */
  const connections = async (app: string) => Number((await admin.query<{ n: string }>(
    'SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1', [app])).rows[0]!.n)
  const reset = () => admin.query('TRUNCATE users, posts RESTART IDENTITY CASCADE')
  const stop = async () => {
    await Promise.all(pools.map(p => (p.ended ? undefined : p.end().catch(() => {}))))
    await server.stop()
  }
  return { server, pool, admin, connections, reset, stop }
}
export type MigratedPostgres = Awaited<ReturnType<typeof startMigratedPostgres>>
