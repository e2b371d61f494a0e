import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createPgliteDb } from '../../../../snippets/database/async-sql/migrations.ts'
import { posts } from '../../../../snippets/database/async-sql/schema.ts'
import { createUsersApi } from './users-api.ts'

// One PGlite for the file (it takes ~2 s to boot), emptied before every test.
let statements = 0
let t: Awaited<ReturnType<typeof createPgliteDb>>
beforeAll(async () => { t = await createPgliteDb(() => { statements++ }) }, 30_000)
beforeEach(() => t.reset())
afterAll(() => t.close())

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
const app = () => createUsersApi({ db: t.db })
const seed = async (names: string[]) => {
  for (const name of names)
    await app().request('/users', json({ email: `${name.toLowerCase().replace(/\W/g, '')}@example.com`, name }))
}

describe('users API', () => {
  test('POST /users: 201 with only id, email, name, isActive', async () => {
    const res = await app().request('/users', json({ email: 'ada@example.com', name: 'Ada' }))
    expect(res.status).toBe(201)
    expect(await res.json()).toStrictEqual({ id: 1, email: 'ada@example.com', name: 'Ada', isActive: true })
  })

  test('a duplicate email is 409 "Email already registered"', async () => {
    await seed(['Ada'])
    const res = await app().request('/users', json({ email: 'ada@example.com', name: 'Other' }))
    expect(res.status).toBe(409)
    expect(await res.json()).toMatchObject({ detail: 'Email already registered', code: 'EMAIL_TAKEN' })
  })

  test('GET /users/:id: 200 shaped, 404 "User not found" when missing', async () => {
    await seed(['Ada'])
    const ok = await app().request('/users/1')
    expect(await ok.json()).toStrictEqual({ id: 1, email: 'ada@example.com', name: 'Ada', isActive: true })
    const missing = await app().request('/users/42')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ detail: 'User not found' })
  })

  test('list: filters, escaped search, paging, ordered by id, total with the same filter', async () => {
    await seed(['Zed', 'Ada', '50% Off', 'Alan', 'Bea'])
    await app().request('/users/deactivate', json({ ids: [4] }))
    const list = async (query: string) => (await (await app().request(`/users?${query}`)).json()) as
      { items: { name: string }[], total: number }
    const names = async (query: string) => (await list(query)).items.map(u => u.name)
    expect(await names('')).toEqual(['Zed', 'Ada', '50% Off', 'Alan', 'Bea'])
    expect(await names('active=true')).toEqual(['Zed', 'Ada', '50% Off', 'Bea'])
    expect(await names('search=A')).toEqual(['Ada', 'Alan', 'Bea'])
    expect(await names('search=%25')).toEqual(['50% Off'])
    expect(await list('active=true&offset=1&limit=2')).toStrictEqual({
      items: [{ id: 2, email: 'ada@example.com', name: 'Ada', isActive: true },
        { id: 3, email: '50off@example.com', name: '50% Off', isActive: true }],
      total: 4,
    })
  })

  test('bulk deactivate counts only the users it changed, in one statement', async () => {
    await seed(['A', 'B', 'C'])
    statements = 0
    const res = await app().request('/users/deactivate', json({ ids: [1, 3, 99] }))
    expect(await res.json()).toEqual({ count: 2 })
    expect(statements).toBe(1)
    statements = 0
    expect(await (await app().request('/users/deactivate', json({ ids: [] }))).json()).toEqual({ count: 0 })
    expect(statements).toBe(0)
  })

  test('users with posts: nested, shaped, in at most 2 statements', async () => {
    await seed(['A', 'B', 'C', 'D'])
    await t.db.insert(posts).values([{ title: 'a1', authorId: 1 }, { title: 'c1', authorId: 3 }, { title: 'a2', authorId: 1 }])
    statements = 0
    const res = await app().request('/users-with-posts')
    expect(statements).toBeLessThanOrEqual(2)
    const body = await res.json() as { name: string, posts: unknown[] }[]
    expect(body.map(u => [u.name, u.posts.length])).toEqual([['A', 2], ['B', 0], ['C', 1], ['D', 0]])
    expect(body[0]).toStrictEqual({ id: 1, email: 'a@example.com', name: 'A', isActive: true,
      posts: [{ id: 1, title: 'a1' }, { id: 3, title: 'a2' }] })
  })
})
