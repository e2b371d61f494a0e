// CRUD with Drizzle: every write uses `returning`, so server-generated values arrive in the same
// round trip (no refresh), and "not found" is simply an empty result.
import { and, asc, eq, ilike, inArray, type SQL } from 'drizzle-orm'
import { type AppDb, type NewUser, type User, users } from './schema.ts'

// #region create
export async function createUser(db: AppDb, input: Pick<NewUser, 'email' | 'name'>): Promise<User> {
  const [user] = await db.insert(users).values(input).returning()
  return user! // an insert without conflict returns exactly one row
}
// #endregion create

// #region read-one
export async function getUser(db: AppDb, id: number): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id))
  return user // no identity map: this always queries
}
// relational API, same result: db.query.users.findFirst({ where: eq(users.id, id) })
// #endregion read-one

// #region list
export interface UserFilters { active?: boolean, search?: string }
/** `%` and `_` in user input are wildcards for LIKE: escape them (and the escape char). */
export const escapeLike = (term: string) => term.replace(/[\\%_]/g, ch => `\\${ch}`)

export const userFilter = ({ active, search }: UserFilters): SQL | undefined => and(
  active === undefined ? undefined : eq(users.isActive, active),   // undefined parts drop out
  search ? ilike(users.name, `%${escapeLike(search)}%`) : undefined,
)

export const listUsers = (db: AppDb, filters: UserFilters = {}, offset = 0, limit = 20) =>
  db.select().from(users).where(userFilter(filters))
    .orderBy(asc(users.id)).offset(offset).limit(limit)
// #endregion list

// #region update
export type UserPatch = Partial<Pick<NewUser, 'email' | 'name' | 'isActive'>>

export async function updateUser(db: AppDb, id: number, patch: UserPatch): Promise<User | undefined> {
  if (Object.keys(patch).length === 0)
    return getUser(db, id)               // Drizzle refuses an empty SET
  const [user] = await db.update(users).set(patch).where(eq(users.id, id)).returning()
  return user                            // undefined: no such id
}
// #endregion update

// #region bulk-update
export async function deactivateUsers(db: AppDb, ids: readonly number[]): Promise<number> {
  if (ids.length === 0)
    return 0                             // no query for an empty list
  const rows = await db.update(users).set({ isActive: false })
    .where(inArray(users.id, [...ids])).returning({ id: users.id })
  return rows.length                     // affected rows, driver-independent
}
// #endregion bulk-update

// #region delete
export async function deleteUser(db: AppDb, id: number): Promise<boolean> {
  const rows = await db.delete(users).where(eq(users.id, id)).returning({ id: users.id })
  return rows.length === 1
}

export async function purgeInactive(db: AppDb): Promise<number> {
  const rows = await db.delete(users).where(eq(users.isActive, false)).returning({ id: users.id })
  return rows.length
}
// #endregion delete
