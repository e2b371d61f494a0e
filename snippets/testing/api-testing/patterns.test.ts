// The five testing patterns against the users app. Imported by tests/testing/api-testing/patterns.test.ts.
import { describe, expect } from 'vitest'
import { UserOut } from './app-under-test.ts'
import { test } from './fixtures.ts'

const ada = { username: 'ada', email: 'ada@example.com', password: 'correct horse' }

// #region happy-path
test('create user: 201, fields echoed, no password', async ({ client }) => {
  const res = await client.post('/users', ada)
  expect(res.status).toBe(201)
  const body = await res.json() as Record<string, unknown>
  expect(body).toMatchObject({ username: 'ada', email: 'ada@example.com', id: expect.any(Number) })
  expect(body).not.toHaveProperty('password')
})
// #endregion happy-path

// #region errors
test('duplicate email: 409', async ({ client }) => {
  await client.post('/users', ada)
  const res = await client.post('/users', { ...ada, username: 'ada2' })
  expect(res.status).toBe(409)
  expect(await res.json())
    .toMatchObject({ code: 'CONFLICT', detail: expect.stringContaining('already exists') })
})
test('invalid email: 422 from the shared validation hook', async ({ client }) => {
  const res = await client.post('/users', { ...ada, email: 'not-an-email' })
  expect(res.status).toBe(422)  // @hono/zod-validator alone would answer 400
  expect(await res.json()).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'email' }] })
})
test('unknown id: 404', async ({ client }) => {
  expect((await client.get('/users/999')).status).toBe(404)
})
// #endregion errors

// #region edge-cases
test('empty database: 200 and []', async ({ client }) => {
  const res = await client.get('/users')
  expect([res.status, await res.json()]).toEqual([200, []])
})
test('non-ASCII name: 201', async ({ client }) => {
  expect((await client.post('/users', { ...ada, username: 'Zoë 山田 🚀' })).status).toBe(201)
})
test('page 999: 200 and []', async ({ client, makeUser }) => {
  await makeUser()
  expect(await (await client.get('/users?page=999')).json()).toEqual([])
})
// #endregion edge-cases

// #region each
test.for(['invalid', 'user@', '', '@domain.com', 'user@.com', 'user space@example.com'])(
  'rejects email %j', async (email, { client }) => { // test.for passes the fixtures
    expect((await client.post('/users', { ...ada, email })).status).toBe(422)
  })

describe.each([
  { name: 'list', method: 'get', path: '/users', status: 200 },
  { name: 'create', method: 'post', path: '/users', body: ada, status: 201 },
  { name: 'read', method: 'get', path: '/users/1', status: 200 },
  { name: 'update', method: 'patch', path: '/users/1', body: { username: 'grace' }, status: 200 },
  { name: 'delete', method: 'delete', path: '/users/1', status: 204 },
] as const)('CRUD: $name', ({ method, path, status, ...rest }) => {
  test(`${method.toUpperCase()} ${path} -> ${status}`, async ({ client, makeUser, authHeaders }) => {
    const admin = await makeUser({ role: 'admin' })        // id 1
    const body = 'body' in rest ? rest.body : undefined
    expect((await client[method](path, body, authHeaders(admin))).status).toBe(status)
  })
})
// #endregion each

// #region response-shape
test('the body has exactly the public fields, with the right types', async ({ client }) => {
  const body: unknown = await (await client.post('/users', ada)).json()
  UserOut.parse(body)  // strict: an extra field (password, password_hash) or a wrong type throws
  expect(body).toMatchObject({ id: expect.any(Number), username: expect.any(String) })
})
// #endregion response-shape
