import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createDb } from '../../../snippets/database/async-sql/db-setup.ts'
import { createPgliteDb } from '../../../snippets/database/async-sql/migrations.ts'
import { emailMustBeNew, isUniqueViolation, postsFixed, postsNPlusOne, scopeLeak } from '../../../snippets/database/async-sql/mistakes.ts'
import { posts, users } from '../../../snippets/database/async-sql/schema.ts'
import { ConflictError } from '../../../snippets/web-api/error-responses/domain-errors.ts'
import { captureConsole } from '../../support/capture-console.ts'
import { type MigratedPostgres, startMigratedPostgres } from './real-postgres.ts'

describe('on PGlite', () => {
  let statements = 0
  let t: Awaited<ReturnType<typeof createPgliteDb>>
  beforeAll(async () => { t = await createPgliteDb(() => { statements++ }) }, 30_000)
  beforeEach(() => t.reset())
  afterAll(() => t.close())

  test('N+1 issues N+1 statements; the fix issues 2 with the same result', async () => {
    const authors = await t.db.insert(users).values([1, 2, 3, 4].map(i => ({ email: `u${i}@x.io`, name: `U${i}` }))).returning()
    await t.db.insert(posts).values(authors.map(a => ({ title: `p${a.id}`, authorId: a.id })))
    statements = 0
    const slow = await postsNPlusOne(t.db)
    expect(statements).toBe(5)
    statements = 0
    const fast = await postsFixed(t.db)
    expect(statements).toBe(2)
    expect([...fast.entries()]).toEqual([...slow.entries()])
  })

  test('a duplicate email becomes a 409 ConflictError via the cause chain (23505)', async () => {
    await t.db.insert(users).values({ email: 'a@x.io', name: 'A' })
    const raw = await t.db.insert(users).values({ email: 'a@x.io', name: 'B' }).catch((e: unknown) => e)
    expect(raw).toBeInstanceOf(Error)
    expect((raw as Error).cause).toMatchObject({ code: '23505' }) // wrapped by Drizzle
    expect(isUniqueViolation(raw)).toBe(true)
    const err = await emailMustBeNew(() => t.db.insert(users).values({ email: 'a@x.io', name: 'C' })).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ConflictError)
    expect(err).toMatchObject({ message: 'Email already registered', code: 'EMAIL_TAKEN' })
    await expect(emailMustBeNew(() => Promise.reject(new Error('other')))).rejects.toThrow('other')
  })

  test('the live demo counts statements', async () => {
    const lines = await captureConsole(() => import('../../../snippets/database/async-sql/mistakes.demo.ts'))
    expect(lines).toEqual(['N+1: 5 users loaded with 6 statements', 'fixed: 5 users loaded with 2 statements'])
  })
})

// PGlite is one connection: `db` inside the callback would queue behind the transaction.
// The leak needs a real pool, where `db` takes a second connection.
describe('on a real server', () => {
  let pg: MigratedPostgres
  beforeAll(async () => { pg = await startMigratedPostgres() }, 60_000)
  afterAll(() => pg.stop())

  test('a db query inside the callback escapes: visible before commit, survives the rollback', async () => {
    const db = createDb(pg.pool({ max: 2 }))
    let seenInside: string[] = []
    await scopeLeak(db, async () => {
      seenInside = (await pg.admin.query<{ email: string }>('SELECT email FROM users')).rows.map(r => r.email)
    })
    expect(seenInside).toEqual(['db@example.com'])             // the tx row is not visible yet
    const after = await db.select({ email: users.email }).from(users)
    expect(after.map(r => r.email)).toEqual(['db@example.com']) // tx row rolled back, leak stays
  })
})
