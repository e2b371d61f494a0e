// Three ways to call the app from a test. Imported by tests/testing/api-testing/endpoints.test.ts,
// so the regions on the slides are tests that run in CI.
import { testClient } from 'hono/testing'
import { expect } from 'vitest'
import { test } from './fixtures.ts'

// #region app-request
test('GET / answers hello', async ({ app }) => {
  const res = await app.request('/')          // in-process: no server, no socket
  expect(res.status).toBe(200)
  expect(await res.json()).toEqual({ message: 'hello' })
})
// #endregion app-request

// #region forgot-in-process
/** The guide's "forgot ASGITransport": the global fetch opens a real socket. */
export const forgotInProcess = () => fetch('http://127.0.0.1:2/users') // nothing listens on port 2
// #endregion forgot-in-process

// #region typed-client
test('the typed client knows every route', async ({ app, makeUser }) => {
  const { id } = await makeUser({ username: 'ada' })
  const client = testClient(app)
  const res = await client.users[':id'].$get({ param: { id: String(id) } })
  const body = await res.json()                  // typed from the route: body.username is a string
  expect(res.status === 200 && body.username).toBe('ada')
  // @ts-expect-error a wrong param name does not compile
  await client.users[':id'].$get({ param: { userId: '1' } }).catch(() => {})
})
// #endregion typed-client
