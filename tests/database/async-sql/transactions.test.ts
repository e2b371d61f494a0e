import { TransactionRollbackError } from 'drizzle-orm'
import { Hono } from 'hono'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createDb } from '../../../snippets/database/async-sql/db-setup.ts'
import { createPgliteDb } from '../../../snippets/database/async-sql/migrations.ts'
import { users } from '../../../snippets/database/async-sql/schema.ts'
import {
  createPair, createUnlessBlocked, createWithFirstPost, importUsers, transactionPerRequest, transfer, transferApp,
  type TxEnv,
} from '../../../snippets/database/async-sql/transactions.ts'
import { BusinessValidationError } from '../../../snippets/web-api/error-responses/domain-errors.ts'
import { useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { type MigratedPostgres, startMigratedPostgres } from './real-postgres.ts'

describe('on PGlite', () => {
  let t: Awaited<ReturnType<typeof createPgliteDb>>
  beforeAll(async () => { t = await createPgliteDb() }, 30_000)
  beforeEach(() => t.reset())
  afterAll(() => t.close())
  const count = () => t.db.$count(users)

  test('a throwing callback leaves no rows', async () => {
    await expect(createPair(t.db, { email: 'a@x.io', name: 'A' }, { email: 'a@x.io', name: 'dup' })).rejects.toThrow()
    expect(await count()).toBe(0)
    await createPair(t.db, { email: 'a@x.io', name: 'A' }, { email: 'b@x.io', name: 'B' })
    expect(await count()).toBe(2)
  })

  test('insufficient credits rolls back both updates', async () => {
    await t.db.insert(users).values([{ email: 'a@x.io', name: 'A', credits: 50 }, { email: 'b@x.io', name: 'B' }])
    await transfer(t.db, 1, 2, 30)
    await expect(transfer(t.db, 1, 2, 30)).rejects.toBeInstanceOf(BusinessValidationError)
    const rows = await t.db.select({ credits: users.credits }).from(users).orderBy(users.id)
    expect(rows.map(r => r.credits)).toEqual([20, 30])
    await expect(transfer(t.db, 1, 999, 1)).rejects.toThrow('User not found')
  })

  test('returning inside the transaction replaces flush: user and post commit together', async () => {
    const { user, post } = await createWithFirstPost(t.db, { email: 'a@x.io', name: 'A' }, 'Hello')
    expect(post.authorId).toBe(user.id)
    await expect(createWithFirstPost(t.db, { email: 'b@x.io', name: 'B' }, 'x'.repeat(201))).rejects.toThrow()
    expect(await count()).toBe(1)                           // B rolled back with its too-long post
  })

  test('tx.rollback() rejects the transaction call and leaves no rows', async () => {
    const err = await createUnlessBlocked(t.db, { email: 'spam@x.io', name: 'S' }, e => e.startsWith('spam'))
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TransactionRollbackError)
    expect(await count()).toBe(0)
    expect(await createUnlessBlocked(t.db, { email: 'ok@x.io', name: 'O' }, () => false)).toMatchObject({ id: 2 })
  })

  test('savepoints: duplicates are skipped and reported, the rest commits', async () => {
    await t.db.insert(users).values({ email: 'old@x.io', name: 'Old' })
    const result = await importUsers(t.db, [
      { email: 'a@x.io', name: 'A' }, { email: 'old@x.io', name: 'Again' },
      { email: 'b@x.io', name: 'B' }, { email: 'a@x.io', name: 'A twice' },
    ])
    expect(result).toEqual({ imported: 2, skipped: [
      { email: 'old@x.io', reason: 'duplicate email' }, { email: 'a@x.io', reason: 'duplicate email' },
    ] })
    expect(await count()).toBe(3)
    await expect(importUsers(t.db, [{ email: 'c@x.io', name: 'C' }, { email: 'd@x.io', name: 'x'.repeat(101) }])).rejects.toThrow()
    expect(await count()).toBe(3)                           // unknown error: whole import aborted
  })

  test('strategy A: the handler owns the transaction (204, then 422 with nothing changed)', async () => {
    await t.db.insert(users).values([{ email: 'a@x.io', name: 'A', credits: 10 }, { email: 'b@x.io', name: 'B' }])
    const app = transferApp(t.db)
    expect((await app.request('/transfers/1/2/10', { method: 'POST' })).status).toBe(204)
    expect((await app.request('/transfers/1/2/10', { method: 'POST' })).status).toBe(422)
    expect((await t.db.select({ c: users.credits }).from(users).orderBy(users.id)).map(r => r.c)).toEqual([0, 10])
  })

  test('strategy B: commits on 2xx, rolls back when the handler throws or answers 4xx', async () => {
    const app = useProblemDetails(new Hono<TxEnv>())
    app.use(transactionPerRequest(t.db))
    app.post('/users/:name/:mode', async (c) => {
      const { name, mode } = c.req.param()
      await c.get('tx').insert(users).values({ email: `${name}@x.io`, name })
      if (mode === 'throw')
        throw new Error('handler failed')
      return c.json({ ok: mode === 'ok' }, mode === 'ok' ? 201 : 400)
    })
    expect((await app.request('/users/kept/ok', { method: 'POST' })).status).toBe(201)
    expect((await app.request('/users/thrown/throw', { method: 'POST' })).status).toBe(500)
    expect((await app.request('/users/refused/bad', { method: 'POST' })).status).toBe(400)
    expect((await t.db.select({ name: users.name }).from(users)).map(r => r.name)).toEqual(['kept'])
  })
})

describe('on a real server', () => {
  let pg: MigratedPostgres
  beforeAll(async () => { pg = await startMigratedPostgres() }, 60_000)
  afterAll(() => pg.stop())

  test('20 concurrent transfers keep the total constant and never go negative', async () => {
    const db = createDb(pg.pool({ max: 8 }))
    await db.insert(users).values([{ email: 'a@x.io', name: 'A', credits: 100 }, { email: 'b@x.io', name: 'B', credits: 0 }])
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) =>
      i % 4 === 3 ? transfer(db, 2, 1, 5) : transfer(db, 1, 2, 10)))
    const rows = await db.select({ credits: users.credits }).from(users).orderBy(users.id)
    expect(rows.reduce((sum, r) => sum + r.credits, 0)).toBe(100)
    expect(rows.every(r => r.credits >= 0)).toBe(true)
    const rejected = results.filter(r => r.status === 'rejected')
    expect(rejected.every(r => r.reason instanceof BusinessValidationError)).toBe(true)
    expect(results.filter(r => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(10)
  })
})
