import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { createPgliteDb } from '../../../snippets/database/async-sql/migrations.ts'
import {
  getUserWithPosts, groupRows, joinRows, loadedOrNot, twoQueries,
} from '../../../snippets/database/async-sql/relations-loading.ts'
import { posts, users } from '../../../snippets/database/async-sql/schema.ts'
import { captureConsole } from '../../support/capture-console.ts'

let statements: string[] = []
let t: Awaited<ReturnType<typeof createPgliteDb>>
beforeAll(async () => { t = await createPgliteDb(sql => statements.push(sql)) }, 30_000)
beforeEach(async () => {
  await t.reset()
  await t.db.insert(users).values([{ email: 'a@x.io', name: 'A' }, { email: 'b@x.io', name: 'B' }, { email: 'c@x.io', name: 'C' }])
  await t.db.insert(posts).values([{ title: 'a1', authorId: 1 }, { title: 'a2', authorId: 1 }, { title: 'b1', authorId: 2 }])
  statements = []
})
afterAll(() => t.close())

test('a plain select has no posts (type and runtime); `with` loads them typed', async () => {
  const [plain] = await t.db.select().from(users).where(eq(users.id, 1))
  // @ts-expect-error posts is not part of a plain select's type
  expect(plain?.posts).toBeUndefined()
  const result = await loadedOrNot(t.db, 1)
  expect(result.plainHasPosts).toBe(false)
  expect(result.posts.map(p => p.title)).toEqual(['a1', 'a2'])
})

test('the relational query nests posts in ONE statement', async () => {
  const user = await getUserWithPosts(t.db, 1)
  expect(statements).toHaveLength(1)
  expect(user?.posts.map(p => p.title)).toEqual(['a1', 'a2'])
  expect(await getUserWithPosts(t.db, 999)).toBeUndefined()
})

test('the join multiplies rows; grouping restores one user per id', async () => {
  const rows = await joinRows(t.db)
  expect(rows).toHaveLength(4)                         // A twice, B once, C with null post
  expect(rows.filter(r => r.user.id === 1)).toHaveLength(2)
  const grouped = groupRows(rows)
  expect(grouped.map(u => [u.name, u.posts.length])).toEqual([['A', 2], ['B', 1], ['C', 0]])
})

test('the manual strategy uses exactly two statements', async () => {
  const loaded = await twoQueries(t.db)
  expect(statements).toHaveLength(2)
  expect(statements[1]).toMatch(/in \(\$1, \$2, \$3\)/)
  expect(loaded.map(u => [u.name, u.posts.map(p => p.title)])).toEqual([['A', ['a1', 'a2']], ['B', ['b1']], ['C', []]])
})

test('the live demo shows the relation absent, then loaded', async () => {
  const lines = await captureConsole(() => import('../../../snippets/database/async-sql/relations-loading.demo.ts'))
  expect(lines).toEqual(['plain select has posts: false', 'with: { posts: true } -> Engines, Notes'])
})
