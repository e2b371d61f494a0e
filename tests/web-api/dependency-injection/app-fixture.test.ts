// Importing the fixture snippet registers its own test (the one on the slide); the tests below use
// the same fixture to prove each test gets a fresh app and fresh fakes.
import { expect } from 'vitest'
import { test } from '../../../snippets/web-api/dependency-injection/app-fixture.ts'

test('each test gets its own repo: this one creates a user…', async ({ app, deps }) => {
  const res = await app.request('/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"x"}' })
  expect(res.status).toBe(201)
  expect(await deps.userRepo.findById(1)).toMatchObject({ name: 'x' })
})

test('…and this one starts empty again', async ({ app }) => {
  expect((await app.request('/users/1')).status).toBe(404)
})
