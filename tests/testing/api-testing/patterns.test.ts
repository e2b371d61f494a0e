// Runs the five patterns (imported) and proves the strict response schema catches a leak.
import { Hono } from 'hono'
import { expect, test } from 'vitest'
import { UserOut } from '../../../snippets/testing/api-testing/app-under-test.ts'
import '../../../snippets/testing/api-testing/patterns.test.ts'

test('a route that leaks the password hash fails the response-shape assertion', async () => {
  const broken = new Hono().get('/users/1', c =>
    c.json({ id: 1, username: 'ada', email: 'ada@example.com', role: 'user', password_hash: '$argon2id$…' }))
  const body: unknown = await (await broken.request('/users/1')).json()
  expect(() => UserOut.parse(body)).toThrow(/password_hash/)
  expect(() => UserOut.parse({ id: '1', username: 'ada', email: 'a@b.c', role: 'user' })).toThrow(/expected number/)
})
