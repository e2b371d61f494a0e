import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest'
import { createApp } from '../../../snippets/database/async-sql/hono-integration.ts'
import { createPgliteDb } from '../../../snippets/database/async-sql/migrations.ts'
import { captureConsole } from '../../support/capture-console.ts'

let t: Awaited<ReturnType<typeof createPgliteDb>>
beforeAll(async () => { t = await createPgliteDb() }, 30_000)
beforeEach(() => t.reset())
afterAll(() => t.close())

const post = (body: unknown) => createApp({ db: t.db }).request('/users', {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
})

test('POST /users: 201 with exactly id, email, name, isActive', async () => {
  const res = await post({ email: 'ada@example.com', name: ' Ada ' })
  expect(res.status).toBe(201)
  expect(await res.json()).toStrictEqual({ id: 1, email: 'ada@example.com', name: 'Ada', isActive: true })
})

test('an invalid email is a 422 with an issue for email', async () => {
  const res = await post({ email: 'not-an-email', name: 'Ada' })
  expect(res.status).toBe(422)
  const body = await res.json() as { details: { field: string }[] }
  expect(body.details.map(d => d.field)).toEqual(['email'])
})

test('a duplicate email is a 409, not a 500', async () => {
  await post({ email: 'ada@example.com', name: 'Ada' })
  const res = await post({ email: 'ada@example.com', name: 'Ada again' })
  expect(res.status).toBe(409)
  expect(await res.json()).toMatchObject({ detail: 'Email already registered', code: 'EMAIL_TAKEN' })
})

test('the live demo prints 201, 409 and 422', async () => {
  const lines = await captureConsole(() => import('../../../snippets/database/async-sql/hono-integration.demo.ts'))
  expect(lines).toEqual([
    '201 {"id":1,"email":"ada@example.com","name":"Ada","isActive":true}',
    '409 EMAIL_TAKEN: Email already registered',
    '422 VALIDATION_ERROR: Request validation failed [email]',
  ])
})
