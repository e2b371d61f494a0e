// Runs the five patterns (imported) and proves the strict response schema catches a leak.
import { Hono } from 'hono'
import { describe, expect, test } from 'vitest'
import { test as fixtureTest } from '../../../snippets/testing/api-testing/fixtures.ts'
import { UserOut } from '../../../snippets/testing/api-testing/app-under-test.ts'
import '../../../snippets/testing/api-testing/patterns.test.ts'

test('a route that leaks the password hash fails the response-shape assertion', async () => {
  const broken = new Hono().get('/users/1', c =>
    c.json({ id: 1, username: 'ada', email: 'ada@example.com', role: 'user', password_hash: '$argon2id$…' }))
  const body: unknown = await (await broken.request('/users/1')).json()
  expect(() => UserOut.parse(body)).toThrow(/password_hash/)
  expect(() => UserOut.parse({ id: '1', username: 'ada', email: 'a@b.c', role: 'user' })).toThrow(/expected number/)
})

describe('the complete test file of the summary slide', () => {
  fixtureTest.for(['username', 'email', 'password'])('create: missing %s -> 422', async (field, { client }) => {
    const body: Record<string, string> = { username: 'ada', email: 'ada@example.com', password: 'correct horse' }
    delete body[field]
    const res = await client.post('/users', body)
    expect(res.status).toBe(422)
    expect(await res.json()).toMatchObject({ details: [{ field }] })
  })
  fixtureTest('get: a non-numeric id -> 422', async ({ client }) => {
    expect((await client.get('/users/abc')).status).toBe(422)
  })
  fixtureTest('list: 15 users paginate into 10 and 5', async ({ client, makeUser }) => {
    for (let i = 0; i < 15; i++) await makeUser()
    const page = async (n: number) => (await (await client.get(`/users?page=${n}`)).json() as unknown[]).length
    expect([await page(1), await page(2), await page(3)]).toEqual([10, 5, 0])
  })
})
