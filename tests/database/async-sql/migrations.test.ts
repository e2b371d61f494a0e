import { sql } from 'drizzle-orm'
import { boolean, integer, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { Secret } from '../../../snippets/core-concepts/configuration/secret.ts'
import { createPgliteDb, drizzleConfig, schemaDrift } from '../../../snippets/database/async-sql/migrations.ts'
import { posts } from '../../../snippets/database/async-sql/schema.ts'

let t: Awaited<ReturnType<typeof createPgliteDb>>
beforeAll(async () => { t = await createPgliteDb() }, 30_000)
afterAll(() => t.close())

test('all migrations apply to an empty database and are recorded', async () => {
  const { rows } = await t.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`)
  expect(rows[0]?.n).toBe(1)
})

test('the migrated database matches the Drizzle schema', async () => {
  expect(await schemaDrift(t.db)).toEqual([])
})

test('a schema change without a migration fails the check, naming the table', async () => {
  const changedUsers = pgTable('users', {                  // a fixture: someone added a column
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: varchar('email', { length: 255 }).notNull(),
    name: varchar('name', { length: 120 }).notNull(),      // and widened another
    nickname: varchar('nickname', { length: 50 }),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  })
  expect(await schemaDrift(t.db, [changedUsers, posts])).toEqual([
    'users.name: varchar(100) in the database, varchar(120) in the schema',
    'users.nickname: in the schema, missing in the migrations',
  ])
})

test('the drizzle-kit config reads credentials from the settings', () => {
  const config = drizzleConfig({ DATABASE_URL: new Secret('postgresql://app:pw@db:5432/app') })
  expect(config).toMatchObject({ dialect: 'postgresql', out: './drizzle', strict: true })
  expect(config.dbCredentials.url).toBe('postgresql://app:pw@db:5432/app')
})
