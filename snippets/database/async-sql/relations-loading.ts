// Relations are loaded only when a query asks for them: with `with` (one statement), a join
// (one row per child), or a second IN query (selectinload by hand).
import { asc, eq, inArray } from 'drizzle-orm'
import { type AppDb, type Post, type User, posts, users } from './schema.ts'

// #region type-safety
export async function loadedOrNot(db: AppDb, id: number) {
  const [plain] = await db.select().from(users).where(eq(users.id, id))
  // plain.posts  -> TS2339: Property 'posts' does not exist (and undefined at runtime)
  const loaded = await db.query.users.findFirst({
    where: eq(users.id, id),
    with: { posts: true },             // asked for: present and typed as Post[]
  })
  return { plainHasPosts: plain !== undefined && 'posts' in plain, posts: loaded?.posts ?? [] }
}
// #endregion type-safety

// #region with-posts
export const getUserWithPosts = (db: AppDb, id: number) =>
  db.query.users.findFirst({
    where: eq(users.id, id),
    with: { posts: { orderBy: [asc(posts.id)] } }, // one SQL statement, posts nested
  })
// #endregion with-posts

export type UserWithPosts = User & { posts: Post[] }

// #region join-vs-in
/** joinedload: one statement, one row per post (the user repeats). */
export const joinRows = (db: AppDb) => db.select({ user: users, post: posts })
  .from(users).leftJoin(posts, eq(posts.authorId, users.id)).orderBy(asc(users.id), asc(posts.id))

export function groupRows(rows: Awaited<ReturnType<typeof joinRows>>): UserWithPosts[] {
  const byId = new Map<number, UserWithPosts>()
  for (const { user, post } of rows) {
    const entry = byId.get(user.id) ?? byId.set(user.id, { ...user, posts: [] }).get(user.id)!
    if (post) entry.posts.push(post)
  }
  return [...byId.values()]
}

/** selectinload by hand: parents, then every child in ONE IN query (2 statements). */
export async function twoQueries(db: AppDb): Promise<UserWithPosts[]> {
  const parents = await db.select().from(users).orderBy(asc(users.id))
  const children = parents.length === 0 ? [] : await db.select().from(posts)
    .where(inArray(posts.authorId, parents.map(u => u.id))).orderBy(asc(posts.id))
  return parents.map(u => ({ ...u, posts: children.filter(p => p.authorId === u.id) }))
}
// #endregion join-vs-in
