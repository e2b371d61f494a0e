import { describe, expect, it } from 'vitest'
import { createSignupApp } from './signup.ts'

const good = { email: '  Ada@Example.COM ', password: 'correct horse battery', password_confirm: 'correct horse battery' }
const post = (body: unknown, contentType = 'application/json') => createSignupApp().request('/signup', {
  method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body),
})
async function problem(res: Response, status: number) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  return await res.json() as { code: string, details: { field: string | null }[] }
}
const fields = (body: { details: { field: string | null }[] }) => body.details.map(d => d.field)

describe('POST /signup', () => {
  it('signs up with a normalised email and answers without the hash', async () => {
    const res = await post(good)
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body).toEqual({ id: 1, email: 'ada@example.com', created_at: '2025-01-01T00:00:00.000Z' })
    expect(JSON.stringify(body)).not.toContain('argon2')
  })

  it('refuses an extra is_admin with a 422 naming it', async () => {
    expect(fields(await problem(await post({ ...good, is_admin: true }), 422))).toEqual(['is_admin'])
  })

  it('reports a password mismatch on password_confirm', async () => {
    expect(fields(await problem(await post({ ...good, password_confirm: 'something else' }), 422))).toEqual(['password_confirm'])
  })

  it('shows the mismatch together with a bad email', async () => {
    const body = await problem(await post({ ...good, email: 'not-an-email', password_confirm: 'something else' }), 422)
    expect(fields(body).sort()).toEqual(['email', 'password_confirm'])
  })

  it('needs a password of 12 to 128 characters', async () => {
    const short = 'x'.repeat(11)
    expect(fields(await problem(await post({ ...good, password: short, password_confirm: short }), 422))).toEqual(['password'])
    const long = 'x'.repeat(129)
    expect(fields(await problem(await post({ ...good, password: long, password_confirm: long }), 422))).toEqual(['password'])
  })

  it('accepts an optional referral code of 8 upper-case letters or digits', async () => {
    expect((await post({ ...good, referral_code: 'AB12CD34' })).status).toBe(201)
    expect(fields(await problem(await post({ ...good, referral_code: 'ab12cd34' }), 422))).toEqual(['referral_code'])
    expect(fields(await problem(await post({ ...good, referral_code: 'AB12' }), 422))).toEqual(['referral_code'])
  })

  it('answers malformed JSON and a wrong content type with problem bodies', async () => {
    expect((await problem(await post('{"email":'), 400)).code).toBe('HTTP_400')
    expect((await problem(await post('email=a', 'text/plain'), 415)).code).toBe('HTTP_415')
  })

  it('documents both schemas; the response schema has no password_hash', async () => {
    const doc = await (await createSignupApp().request('/openapi.json')).json() as {
      components: { schemas: Record<string, { properties?: Record<string, unknown>, additionalProperties?: boolean }> }
    }
    const { SignupRequest, SignupResponse } = doc.components.schemas
    expect(SignupRequest?.additionalProperties).toBe(false)
    expect(Object.keys(SignupResponse?.properties ?? {}).sort()).toEqual(['created_at', 'email', 'id'])
  })
})
