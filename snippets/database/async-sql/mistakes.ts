// Three of the common mistakes as runnable code: a query escaping its transaction, N+1, and a
// unique violation that would become a 500.
import { asc, eq, inArray, TransactionRollbackError } from 'drizzle-orm'
import { findCause, hasCode } from '../../core-concepts/exceptions/cause-chain.ts'
import { ConflictError, ErrorCode } from '../../web-api/error-responses/domain-errors.ts'
import { type AppDb, type Post, posts, users } from './schema.ts'

// #region scope-leak
export async function scopeLeak(db: AppDb, onInside: () => Promise<void> = async () => {}) {
  await db.transaction(async (tx) => {
    await tx.insert(users).values({ email: 'tx@example.com', name: 'In tx' })
    await db.insert(users).values({ email: 'db@example.com', name: 'Leaked' }) // BUG: db, not tx
    await onInside()      // the db row is already committed and visible to everyone
    tx.rollback()         // undoes only the tx row
  }).catch((err: unknown) => { if (!(err instanceof TransactionRollbackError)) throw err })
}
// #endregion scope-leak

// #region n-plus-one
export async function postsNPlusOne(db: AppDb): Promise<Map<number, Post[]>> {
  const result = new Map<number, Post[]>()
  for (const u of await db.select().from(users)) // 1 query ...
    result.set(u.id, await db.select().from(posts).where(eq(posts.authorId, u.id))) // ... + N
  return result
}

export async function postsFixed(db: AppDb): Promise<Map<number, Post[]>> {
  const all = await db.select().from(users)
  const rows = all.length === 0 ? [] : await db.select().from(posts)
    .where(inArray(posts.authorId, all.map(u => u.id))).orderBy(asc(posts.id)) // 2 in total
  return new Map(all.map(u => [u.id, rows.filter(p => p.authorId === u.id)]))
}
// #endregion n-plus-one

// #region unique-violation
const UNIQUE_VIOLATION = '23505' // SQLSTATE; Drizzle wraps the driver error as `cause`

export const isUniqueViolation = (err: unknown): boolean =>
  findCause(err, (e): e is Error & { code: string } => hasCode(e, UNIQUE_VIOLATION)) !== undefined

/** Run a write; a duplicate email becomes a 409, not a 500. */
export async function emailMustBeNew<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  }
  catch (err) {
    if (isUniqueViolation(err))
      throw new ConflictError('Email already registered', { code: ErrorCode.EMAIL_TAKEN, cause: err })
    throw err
  }
}
// #endregion unique-violation
