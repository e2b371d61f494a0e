import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { validationHook } from '../../../snippets/web-api/http-and-parameters/validation-hook.ts'

const app = new Hono().post('/signup',
  zValidator('json', z.object({ email: z.email(), address: z.object({ zip: z.string().length(5) }) }), validationHook),
  c => c.json(c.req.valid('json'), 201))

const post = (body: unknown) => app.request('/signup', {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
})

describe('validationHook', () => {
  it('answers 422 VALIDATION_ERROR with one detail per issue, fields joined by dots', async () => {
    const res = await post({ email: 'not-an-email', address: { zip: '123' } })
    expect(res.status).toBe(422)
    const body = await res.json()
    expect(body).toMatchObject({ code: 'VALIDATION_ERROR', message: expect.any(String) })
    expect(body.details.map((d: { field: string }) => d.field)).toEqual(['email', 'address.zip'])
  })

  it('never echoes the rejected input', async () => {
    const res = await post({ email: 'secret-value-123', address: { zip: 'zzzzzzzz' } })
    const text = await res.text()
    expect(text).not.toContain('secret-value-123')
    expect(text).not.toContain('zzzzzzzz')
  })

  it('lets valid input through to the handler', async () => {
    const res = await post({ email: 'ada@example.com', address: { zip: '12345' } })
    expect(res.status).toBe(201)
  })
})
