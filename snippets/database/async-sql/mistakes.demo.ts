import { createPgliteDb } from './migrations.ts'
import { postsFixed, postsNPlusOne } from './mistakes.ts'
import { posts, users } from './schema.ts'

let statements = 0
const { db, close } = await createPgliteDb(() => { statements++ })
const authors = await db.insert(users).values([1, 2, 3, 4, 5]
  .map(i => ({ email: `u${i}@example.com`, name: `U${i}` }))).returning()
await db.insert(posts).values(authors.map(a => ({ title: `By ${a.name}`, authorId: a.id })))

for (const [label, load] of [['N+1', postsNPlusOne], ['fixed', postsFixed]] as const) {
  statements = 0
  const byUser = await load(db)
  console.log(`${label}: ${byUser.size} users loaded with ${statements} statements`)
}
await close()
