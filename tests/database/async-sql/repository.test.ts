import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { createPgliteDb } from '../../../snippets/database/async-sql/migrations.ts'
import { createUsersApp, UsersRepository } from '../../../snippets/database/async-sql/repository.ts'
import { posts } from '../../../snippets/database/async-sql/schema.ts'

let t: Awaited<ReturnType<typeof createPgliteDb>>
beforeAll(async () => { t = await createPgliteDb() }, 30_000)
beforeEach(() => t.reset())
afterAll(() => t.close())

test('list returns a page and a total computed with the same filter', async () => {
  const repo = new UsersRepository(t.db)
  for (const name of ['Ada', 'Alan', 'Bob', 'Anna', 'Cy'])
    await repo.create({ email: `${name.toLowerCase()}@example.com`, name })
  const page = await repo.list({ search: 'a' }, 1, 2)
  expect(page.items.map(u => u.name)).toEqual(['Alan', 'Anna'])
  expect(page.total).toBe(3)                                   // Ada, Alan, Anna
  expect((await repo.list({ active: false })).total).toBe(0)
  expect((await repo.getByEmail('bob@example.com'))?.name).toBe('Bob')
  expect(await repo.getByEmail('nobody@example.com')).toBeUndefined()
  expect((await repo.getById(5))?.name).toBe('Cy')
})

test('get-with-posts nests the posts', async () => {
  const repo = new UsersRepository(t.db)
  const ada = await repo.create({ email: 'ada@example.com', name: 'Ada' })
  await t.db.insert(posts).values([{ title: 'one', authorId: ada.id }, { title: 'two', authorId: ada.id }])
  expect((await repo.getWithPosts(ada.id))?.posts.map(p => p.title)).toEqual(['one', 'two'])
})

test('GET /users/:id: 200 with posts, 404 "User not found" when missing', async () => {
  const app = createUsersApp({ db: t.db })
  await new UsersRepository(t.db).create({ email: 'ada@example.com', name: 'Ada' })
  const ok = await app.request('/users/1')
  expect(ok.status).toBe(200)
  expect(await ok.json()).toMatchObject({ id: 1, name: 'Ada', posts: [] })
  const missing = await app.request('/users/999')
  expect(missing.status).toBe(404)
  expect(await missing.json()).toMatchObject({ detail: 'User not found' })
})
