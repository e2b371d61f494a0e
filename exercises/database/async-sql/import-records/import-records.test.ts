import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { createPgliteDb } from '../../../../snippets/database/async-sql/migrations.ts'
import { users } from '../../../../snippets/database/async-sql/schema.ts'
import { importRecords } from './import-records.ts'

// One PGlite for the file (it takes ~2 s to boot), emptied before every test.
let log: string[] = []
let t: Awaited<ReturnType<typeof createPgliteDb>>
beforeAll(async () => { t = await createPgliteDb(q => log.push(q)) }, 30_000)
beforeEach(async () => { await t.reset(); log = [] })
afterAll(() => t.close())

const emails = async () => (await t.db.select({ email: users.email }).from(users).orderBy(users.id)).map(r => r.email)

test('duplicates in the batch and against existing rows are skipped; the rest commits', async () => {
  await t.db.insert(users).values({ email: 'old@x.io', name: 'Old' })
  const result = await importRecords(t.db, [
    { email: 'a@x.io', name: 'A' },
    { email: 'old@x.io', name: 'Again' },
    { email: 'b@x.io', name: 'B' },
    { email: 'a@x.io', name: 'A twice' },
    { email: 'long@x.io', name: 'x'.repeat(101) },
  ])
  expect(result).toEqual({ imported: 2, skipped: [
    { email: 'old@x.io', reason: 'duplicate email' },
    { email: 'a@x.io', reason: 'duplicate email' },
    { email: 'long@x.io', reason: 'value too long' },
  ] })
  expect(await emails()).toEqual(['old@x.io', 'a@x.io', 'b@x.io'])
})

test('each record runs in its own savepoint (savepoints exist only inside a transaction)', async () => {
  const result = await importRecords(t.db, [{ email: 'a@x.io', name: 'A' }, { email: 'b@x.io', name: 'B' }])
  expect(result).toEqual({ imported: 2, skipped: [] })
  expect(log.filter(q => /^savepoint /i.test(q))).toHaveLength(2)
  expect(await t.db.$count(users)).toBe(2)
})

test('a non-constraint error aborts the whole import', async () => {
  await t.db.execute(sql`CREATE OR REPLACE FUNCTION explode() RETURNS trigger AS $$
    BEGIN IF NEW.name = 'boom' THEN RAISE EXCEPTION 'disk on fire' USING ERRCODE = '58030'; END IF; RETURN NEW; END $$
    LANGUAGE plpgsql`)
  await t.db.execute(sql`CREATE TRIGGER explode BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION explode()`)
  try {
    await expect(importRecords(t.db, [
      { email: 'a@x.io', name: 'A' }, { email: 'b@x.io', name: 'boom' }, { email: 'c@x.io', name: 'C' },
    ])).rejects.toThrow()
    expect(await emails()).toEqual([])
  }
  finally {
    await t.db.execute(sql`DROP TRIGGER explode ON users`)
  }
})
