// drizzle-kit's config, the programmatic migrator for tests, and the CI drift check: migrate an
// empty PGlite, introspect it, and compare with the Drizzle schema.
import { PGlite } from '@electric-sql/pglite'
import { getTableColumns, getTableName, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import { fileURLToPath } from 'node:url'
import type { Secret } from '../../core-concepts/configuration/secret.ts'
import type { QueryLog } from './db-setup.ts'
import { posts, schema, users } from './schema.ts'

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./drizzle', import.meta.url))

// #region config
/** drizzle.config.ts: `export default defineConfig(drizzleConfig(loadSettings()))`.
 *  Credentials come from the validated settings, never hardcoded. */
export function drizzleConfig(settings: { DATABASE_URL: Secret }) {
  return {
    dialect: 'postgresql',
    schema: './src/db/schema.ts',
    out: './drizzle',               // SQL files + meta/_journal.json, reviewed in PRs
    dbCredentials: { url: settings.DATABASE_URL.reveal() },
    strict: true,                   // ask before destructive statements
    verbose: true,
  } as const
}
// #endregion config

// #region migrate-pglite
/** A migrated in-memory Postgres (WASM): one per test file, `reset()` between tests. */
export async function createPgliteDb(logQuery?: QueryLog) {
  const client = new PGlite()
  const db = drizzle({ client, schema, logger: logQuery ? { logQuery } : false })
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER })
  const reset = () => db.execute(sql`TRUNCATE users, posts RESTART IDENTITY CASCADE`)
  return { db, client, reset, close: () => client.close() }
}
export type PgliteDb = Awaited<ReturnType<typeof createPgliteDb>>['db']
// #endregion migrate-pglite

const normalize = (type: string) => type.replace('character varying', 'varchar')

type DbColumn = { table_name: string, column_name: string, data_type: string, is_nullable: string }

// #region drift-check
/** Differences between the migrated database and the Drizzle schema ([] = in sync). */
export async function schemaDrift(db: PgliteDb, tables: PgTable[] = [users, posts]) {
  const { rows } = await db.execute<DbColumn>(sql`SELECT table_name, column_name,
    format_type(a.atttypid, a.atttypmod) AS data_type, is_nullable
    FROM information_schema.columns c JOIN pg_attribute a ON a.attrelid = c.table_name::text::regclass
      AND a.attname = c.column_name WHERE c.table_schema = 'public'`)
  const problems: string[] = []
  for (const table of tables) {
    const name = getTableName(table)
    for (const col of Object.values(getTableColumns(table))) {
      const found = rows.find(r => r.table_name === name && r.column_name === col.name)
      if (!found)
        problems.push(`${name}.${col.name}: in the schema, missing in the migrations`)
      else if (normalize(found.data_type) !== col.getSQLType() || (found.is_nullable === 'NO') !== col.notNull)
        problems.push(`${name}.${col.name}: ${normalize(found.data_type)} in the database, ${col.getSQLType()} in the schema`)
    }
  }
  return problems
}
// #endregion drift-check
