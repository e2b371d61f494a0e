// Smoke test of the users app every other snippet of the deck tests.
import { expect } from 'vitest'
import { test } from '../../../snippets/testing/api-testing/fixtures.ts'

test('creates a user and reads it back, without the password', async ({ client }) => {
  const created = await client.post('/users', { username: 'ada', email: 'ada@example.com', password: 'correct horse' })
  expect(created.status).toBe(201)
  const { id } = await created.json() as { id: number }
  const read = await client.get(`/users/${id}`)
  expect(await read.json()).toEqual({ id, username: 'ada', email: 'ada@example.com', role: 'user' })
})

test('protected routes answer 401 without a user and 403 for a non-admin', async ({ client, authHeaders }) => {
  expect((await client.get('/me')).status).toBe(401)
  expect((await client.get('/admin/stats', undefined, authHeaders({ id: 2, role: 'user' }))).status).toBe(403)
  const me = await client.get('/me', undefined, authHeaders({ id: 2, role: 'user' }))
  expect(await me.json()).toEqual({ id: 2, username: 'user2', role: 'user' })
})
