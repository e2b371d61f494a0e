import { createPgliteDb } from './migrations.ts'
import { loadedOrNot } from './relations-loading.ts'
import { posts, users } from './schema.ts'

const { db, close } = await createPgliteDb()       // real Postgres in WASM, migrated
const [ada] = await db.insert(users)
  .values({ email: 'ada@example.com', name: 'Ada' }).returning()
const authorId = ada!.id
await db.insert(posts).values([{ title: 'Engines', authorId }, { title: 'Notes', authorId }])

const result = await loadedOrNot(db, authorId)
console.log(`plain select has posts: ${result.plainHasPosts}`)
console.log(`with: { posts: true } -> ${result.posts.map(p => p.title).join(', ')}`)
await close()
