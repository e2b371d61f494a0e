import { describe, expect, it } from 'vitest'
import { ProblemDetails } from '../../../../snippets/web-api/error-responses/problem-details.ts'
import { createApp } from './one-shape.ts'

const json = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body })

// The eight requests: [name, path, init, status, code].
const CASES: [string, string, RequestInit, number, string][] = [
  ['missing user', '/users/42', {}, 404, 'USER_NOT_FOUND'],
  ['duplicate email', '/users', json('{"email":"ada@example.com"}'), 409, 'EMAIL_TAKEN'],
  ['bad token', '/admin/stats', { headers: { authorization: 'Bearer nope' } }, 401, 'UNAUTHENTICATED'],
  ['forbidden', '/admin/stats', { headers: { authorization: 'Bearer user-token' } }, 403, 'FORBIDDEN'],
  ['invalid body', '/users', json('{"email":"not-an-email"}'), 422, 'VALIDATION_ERROR'],
  ['malformed JSON', '/users', json('{"email":'), 400, 'HTTP_400'],
  ['unknown route', '/nowhere', {}, 404, 'NOT_FOUND'],
  ['crash', '/reports', { method: 'POST' }, 500, 'INTERNAL_ERROR'],
]

describe('one shape everywhere', () => {
  it.each(CASES.map(([name, path, init, status, code]) => ({ name, path, init, status, code })))('$name -> $status $code as a problem body', async ({ path, init, status, code }) => {
    const res = await createApp().request(path, init)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = ProblemDetails.parse(await res.json())
    expect(body).toMatchObject({ status, code })
  })

  it('the invalid body names the field', async () => {
    const body = await (await createApp().request('/users', json('{"email":"not-an-email"}'))).json() as { details: { field: string }[] }
    expect(body.details.map(d => d.field)).toEqual(['email'])
  })

  it('a 401 says how to authenticate', async () => {
    expect((await createApp().request('/admin/stats')).headers.get('www-authenticate')).toBe('Bearer')
  })

  it('the crash has a reference id and nothing internal', async () => {
    const text = await (await createApp().request('/reports', { method: 'POST' })).text()
    expect(text).toMatch(/Reference: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)
    expect(text).not.toContain('relation')
    expect(text).not.toContain('Something went wrong')
  })

  it('successes still succeed', async () => {
    expect((await createApp().request('/users/1')).status).toBe(200)
    expect((await createApp().request('/users', json('{"email":"grace@example.com"}'))).status).toBe(201)
    expect((await createApp().request('/admin/stats', { headers: { authorization: 'Bearer admin-token' } })).status).toBe(200)
  })
})
