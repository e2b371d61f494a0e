// Runs the slide's tests (by importing them) and proves the "forgot in-process" call really
// leaves the process and fails, instead of reaching the app.
import { expect } from 'vitest'
import { forgotInProcess } from '../../../snippets/testing/api-testing/endpoints.test.ts'
import { test } from '../../../snippets/testing/api-testing/fixtures.ts'

test('the global fetch opens a real socket: nothing listens, so it is refused', async () => {
  const err = await forgotInProcess().then(() => null, (e: unknown) => e)
  expect(err).toBeInstanceOf(TypeError)                  // undici: "fetch failed"
  expect(err).toMatchObject({ cause: { code: 'ECONNREFUSED' } })
})

test('the same path through app.request() reaches the app', async ({ app }) => {
  expect((await app.request('http://test/users')).status).toBe(200)
})
