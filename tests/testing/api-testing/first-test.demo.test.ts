// The live demo of the first-test slide prints what the in-process requests answered.
import { expect, test } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

test('GET / 200 hello, then 201, 409 and 422 for the users route', async () => {
  const lines = await captureConsole(() => import('../../../snippets/testing/api-testing/first-test.demo.ts'))
  expect(lines).toHaveLength(4)
  expect(lines[0]).toBe('GET / -> 200 {"message":"hello"}')
  expect(lines[1]).toBe('POST /users -> 201 {"id":1,"username":"ada","email":"ada@example.com","role":"user"}')
  expect(lines[2]).toBe('POST again -> 409 CONFLICT: A user with this email already exists')
  expect(lines[3]).toBe('POST bad email -> 422 VALIDATION_ERROR: Request validation failed')
}, 60_000)
