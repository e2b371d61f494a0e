import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, expect, expectTypeOf, test } from 'vitest'
import { createPgliteDb } from '../../../snippets/database/async-sql/migrations.ts'
import { type NewUser, type User, users } from '../../../snippets/database/async-sql/schema.ts'
import { findCause, hasCode } from '../../../snippets/core-concepts/exceptions/cause-chain.ts'

let t: Awaited<ReturnType<typeof createPgliteDb>>
beforeAll(async () => { t = await createPgliteDb() }, 30_000)
beforeEach(() => t.reset())
afterAll(() => t.close())

test('the migrations create both tables', async () => {
  const { rows } = await t.db.execute<{ table_name: string }>(sql`SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' ORDER BY table_name`)
  expect(rows.map(r => r.table_name)).toEqual(['posts', 'users'])
})

test('inserting without a name fails with a not-null violation (23502)', async () => {
  const err = await t.db.execute(sql`INSERT INTO users (email) VALUES ('x@example.com')`).catch((e: unknown) => e)
  expect(findCause(err, (e): e is Error & { code: string } => hasCode(e, '23502'))).toBeDefined()
})

test('defaults fill isActive and createdAt', async () => {
  const [user] = await t.db.insert(users).values({ email: 'a@example.com', name: 'A' }).returning()
  expect(user).toMatchObject({ id: 1, isActive: true, credits: 0 })
  expect(user!.createdAt).toBeInstanceOf(Date)
})

test('inferred types: createdAt is a Date on select and optional on insert', () => {
  expectTypeOf<User['createdAt']>().toEqualTypeOf<Date>()
  expectTypeOf<NewUser>().toHaveProperty('createdAt').toEqualTypeOf<Date | undefined>()
  expectTypeOf<{ email: string, name: string }>().toExtend<NewUser>()
  expectTypeOf<User['isActive']>().toEqualTypeOf<boolean>()
})
