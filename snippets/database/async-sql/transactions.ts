// No auto-begin: outside a transaction each statement commits on its own. db.transaction(cb)
// commits when cb resolves and rolls back when it throws. Inside it, use only `tx`.
import { eq, inArray, sql, TransactionRollbackError } from 'drizzle-orm'
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import {
  BusinessValidationError, ErrorCode, NotFoundError,
} from '../../web-api/error-responses/domain-errors.ts'
import { useProblemDetails } from '../../web-api/error-responses/error-handler.ts'
import { isUniqueViolation } from './mistakes.ts'
import { type AppDb, type AppTx, type NewUser, posts, users } from './schema.ts'

type UserInput = Pick<NewUser, 'email' | 'name'>

// #region basic
export async function createPair(db: AppDb, a: UserInput, b: UserInput) {
  await db.transaction(async (tx) => {
    await tx.insert(users).values(a)
    await tx.insert(users).values(b) // throws -> ROLLBACK: `a` is gone too
  })                                 // resolves -> COMMIT
}
// #endregion basic

// #region transfer
export async function transfer(db: AppDb, fromId: number, toId: number, amount: number) {
  await db.transaction(async (tx) => {
    const rows = await tx.select({ id: users.id, credits: users.credits }).from(users)
      .where(inArray(users.id, [fromId, toId])).orderBy(users.id).for('update') // lock, id order
    const from = rows.find(r => r.id === fromId)
    if (!from || !rows.some(r => r.id === toId))
      throw new NotFoundError('User not found')
    if (from.credits < amount)
      throw new BusinessValidationError('Insufficient credits', { code: ErrorCode.INSUFFICIENT_FUNDS })
    await tx.update(users).set({ credits: sql`${users.credits} - ${amount}` }).where(eq(users.id, fromId))
    await tx.update(users).set({ credits: sql`${users.credits} + ${amount}` }).where(eq(users.id, toId))
  })
}
// #endregion transfer

// #region flush-analog
/** No flush(): `returning` hands over the id in the tx. */
export const createWithFirstPost = (
  db: AppDb, user: UserInput, title: string,
) => db.transaction(async (tx) => {
  const [created] = await tx.insert(users)
    .values(user).returning()
  const [post] = await tx.insert(posts)
    .values({ title, authorId: created!.id }).returning()
  // both committed together, or neither
  return { user: created!, post: post! }
})
// #endregion flush-analog

// #region manual-rollback
export const createUnlessBlocked = (
  db: AppDb, user: UserInput, blocked: (email: string) => boolean,
) => db.transaction(async (tx) => {
  const [created] = await tx.insert(users).values(user).returning()
  if (blocked(user.email))
    tx.rollback() // throws TransactionRollbackError: the caller's await rejects
  return created!
})
// #endregion manual-rollback

export interface ImportResult { imported: number, skipped: { email: string, reason: string }[] }

// #region savepoints
export async function importUsers(db: AppDb, records: UserInput[]): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    const result: ImportResult = { imported: 0, skipped: [] }
    for (const record of records) {
      try {
        await tx.transaction(async sp => sp.insert(users).values(record)) // SAVEPOINT
        result.imported++
      }
      catch (err) {
        if (!isUniqueViolation(err))
          throw err                      // anything unknown aborts the whole import
        result.skipped.push({ email: record.email, reason: 'duplicate email' })
      }                                  // only the savepoint rolled back
    }
    return result
  })
}
// #endregion savepoints

// #region strategy-a
/** A: the handler owns its transaction;
 *  the commit is visible in the code. */
export function transferApp(db: AppDb) {
  const app = useProblemDetails(new Hono())
  app.post('/transfers/:from/:to/:amount', async (c) => {
    const { from, to, amount } = c.req.param()
    const [fromId, toId] = [Number(from), Number(to)]
    await transfer(db, fromId, toId, Number(amount))
    return c.body(null, 204)
  })
  return app
}
// #endregion strategy-a

export type TxEnv = { Variables: { tx: AppTx } }

// #region strategy-b
/** B: a transaction per request: convenient, but it holds
 *  a pooled connection all request long, LLM calls too. */
export const transactionPerRequest = (db: AppDb) =>
  createMiddleware<TxEnv>(async (c, next) => {
    try {
      await db.transaction(async (tx) => {
        c.set('tx', tx)
        await next() // onError has already answered a throw
        if (c.error || !c.res.ok)
          tx.rollback() // 4xx/5xx: roll back
      }) // 2xx: COMMIT
    }
    catch (err) {
      if (!(err instanceof TransactionRollbackError))
        throw err
    }
  })
// #endregion strategy-b
