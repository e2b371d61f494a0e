import { Hono } from 'hono'
import { OpenAPIHono, createRoute } from '@hono/zod-openapi'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { ProblemDetails } from '../../../snippets/web-api/error-responses/problem-details.ts'
import { toFieldIssues, validate, validationHook } from '../../../snippets/web-api/validation/validation-hook.ts'

const Signup = z.strictObject({
  email: z.email(),
  age: z.int().min(0).max(150),
  password: z.string().min(12),
  company: z.object({ address: z.object({ zip_code: z.string().regex(/^\d{5}$/) }) }).optional(),
}).refine(v => !v.email.endsWith('@blocked.example'), { error: 'This domain is blocked' })

function app() {
  const app = new Hono()
  app.post('/signup', validate('json', Signup), (c) => {
    const body = c.req.valid('json')
    return c.json({ email: body.email }, 201)
  })
  app.get('/search', validate('query', z.strictObject({ page: z.coerce.number().int().min(1) })), c => c.json(c.req.valid('query')))
  return useProblemDetails(app)
}

const post = (body: string, contentType = 'application/json') =>
  app().request('/signup', { method: 'POST', body, headers: { 'content-type': contentType } })

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const text = await res.text()
  expect(text).not.toMatch(/at .+\.ts:\d+/) // no stack trace
  return ProblemDetails.parse(JSON.parse(text))
}

describe('shared validation hook', () => {
  it('accepts a valid body and types it', async () => {
    const res = await post(JSON.stringify({ email: 'ada@example.com', age: 36, password: 'correct horse battery' }))
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({ email: 'ada@example.com' })
  })

  it('missing email and bad age -> 422 VALIDATION_ERROR with details for email and age', async () => {
    const res = await post(JSON.stringify({ age: 'thirty', password: 'correct horse battery' }))
    expect(res.status).toBe(422)
    const body = await problemOf(res)
    expect(body).toMatchObject({ type: 'about:blank', title: 'Unprocessable Content', status: 422, code: 'VALIDATION_ERROR', detail: 'Request validation failed' })
    expect(body.details.map(d => d.field)).toEqual(['email', 'age'])
  })

  it('renders a nested path with dots', async () => {
    const res = await post(JSON.stringify({ email: 'a@b.co', age: 3, password: 'correct horse battery', company: { address: { zip_code: 'abc' } } }))
    expect((await problemOf(res)).details).toEqual([{ field: 'company.address.zip_code', message: expect.any(String) }])
  })

  it('gives a root-level refinement field null', async () => {
    const res = await post(JSON.stringify({ email: 'a@blocked.example', age: 3, password: 'correct horse battery' }))
    expect((await problemOf(res)).details).toEqual([{ field: null, message: 'This domain is blocked' }])
  })

  it('names each unknown key of a strict object', async () => {
    const res = await post(JSON.stringify({ email: 'a@b.co', age: 3, password: 'correct horse battery', is_admin: true }))
    expect(res.status).toBe(422)
    expect((await problemOf(res)).details).toEqual([{ field: 'is_admin', message: 'Unrecognized key' }])
  })

  it('never echoes a rejected password back', async () => {
    const res = await post(JSON.stringify({ email: 'a@b.co', age: 3, password: 'hunter2' }))
    const text = await res.clone().text()
    expect(res.status).toBe(422)
    expect(text).not.toContain('hunter2')
    expect((await problemOf(res)).details.map(d => d.field)).toEqual(['password'])
  })

  it('answers malformed JSON with 400 HTTP_400, not 500', async () => {
    const res = await post('{"email": ')
    expect(res.status).toBe(400)
    expect(await problemOf(res)).toMatchObject({ code: 'HTTP_400', detail: 'Malformed JSON in request body' })
  })

  it('answers a wrong content type with 415 instead of "missing fields"', async () => {
    const res = await post('email=a@b.co', 'application/x-www-form-urlencoded')
    expect(res.status).toBe(415)
    expect(await problemOf(res)).toMatchObject({ code: 'HTTP_415', details: [] })
  })

  it('validates query strings the same way', async () => {
    const res = await app().request('/search?page=0')
    expect(res.status).toBe(422)
    expect((await problemOf(res)).details.map(d => d.field)).toEqual(['page'])
    expect(await (await app().request('/search?page=2')).json()).toEqual({ page: 2 })
  })

  it('serves as the defaultHook of OpenAPIHono', async () => {
    const api = new OpenAPIHono({ defaultHook: validationHook })
    const route = createRoute({
      method: 'post', path: '/items',
      request: { body: { required: true, content: { 'application/json': { schema: z.strictObject({ name: z.string() }) } } } },
      responses: { 201: { description: 'Created' } },
    })
    api.openapi(route, c => c.body(null, 201))
    useProblemDetails(api)
    const bad = await api.request('/items', { method: 'POST', body: '{"name":1}', headers: { 'content-type': 'application/json' } })
    expect(bad.status).toBe(422)
    expect((await problemOf(bad)).details.map(d => d.field)).toEqual(['name'])
  })

  it('maps issues without ever reading the input', () => {
    const result = z.object({ a: z.array(z.object({ b: z.number() })) }).safeParse({ a: [{ b: 'x' }] })
    expect(result.success).toBe(false)
    expect(result.error?.issues.flatMap(toFieldIssues)).toEqual([{ field: 'a.0.b', message: 'Invalid input: expected number, received string' }])
  })
})
