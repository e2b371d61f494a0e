// Await every request and every async assertion. The mistakes live in registerAsyncMistakes():
// a child vitest run (tests/testing/api-testing/meta/) proves how each one fails or lies.
import { expect } from 'vitest'
import type { Client } from './fixtures.ts'
import { test } from './fixtures.ts'

/** A service-style call: resolves with the user, rejects on any non-2xx. */
export async function getUserOrThrow(client: Client, id: number) {
  const res = await client.get(`/users/${id}`)
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  return res.json()
}

// #region await-expect
test('an unknown id rejects, and the assertion really runs', async ({ client }) => {
  expect.hasAssertions()                         // fails the test if no expect() ran
  const res = await client.get('/users/999')     // await every request
  expect(res.status).toBe(404)
  await expect(getUserOrThrow(client, 999)).rejects.toThrow('HTTP 404') // await the assertion too
})
// #endregion await-expect

export function registerAsyncMistakes() {
  test('awaited rejects on a promise that resolves: fails, as it should', async ({ client, makeUser }) => {
    const { id } = await makeUser()
    await expect(getUserOrThrow(client, id)).rejects.toThrow()
  })
  test('unawaited rejects on a promise that resolves', async ({ client, makeUser }) => {
    const { id } = await makeUser()
    void expect(getUserOrThrow(client, id)).rejects.toThrow() // BUG: not awaited (vitest 5 still fails it at the end)
  })
  test('hasAssertions catches an assertion a branch skipped', async ({ client }) => {
    expect.hasAssertions()
    const users = await (await client.get('/users')).json() as { id: number }[]
    for (const user of users) expect(user.id).toBeGreaterThan(0) // empty list: nothing checked
  })
  // #region forgot-await
  test('forgot await', async ({ app }) => {
    const res = app.request('/users') // a Promise<Response>, not a Response
    // @ts-expect-error Property 'status' does not exist on type 'Promise<Response>'
    expect(res.status).toBe(200)      // plain JS: "expected undefined to be 200"
  })
  // #endregion forgot-await
}
