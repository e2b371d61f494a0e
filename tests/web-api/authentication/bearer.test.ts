import { OpenAPIHono } from '@hono/zod-openapi'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { bearerSecurity, bearerToken, optionalBearerToken, parseBearer, registerBearerScheme } from '../../../snippets/web-api/authentication/bearer.ts'

const strict = useProblemDetails(new Hono()).get('/t', bearerToken(), c => c.json({ token: c.var.token }))
const optional = useProblemDetails(new Hono()).get('/t', optionalBearerToken(), c => c.json({ token: c.var.token ?? null }))
const send = (app: Hono, authorization?: string) =>
  app.request('/t', authorization === undefined ? {} : { headers: { authorization } })

describe('strict bearer extraction', () => {
  it('a missing header is 401 with WWW-Authenticate: Bearer and a problem body', async () => {
    const res = await send(strict)
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
    expect(await res.json()).toMatchObject({ status: 401, detail: 'Not authenticated' })
  })

  it.each(['Basic abc', 'Bearer ', 'Bearer', 'Token abc', 'Bearer a b'])('%j -> 401 + challenge', async (header) => {
    const res = await send(strict, header)
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('accepts the scheme in any case and hands the raw token on', async () => {
    for (const header of ['Bearer abc.def-ghi_j', 'bearer abc.def-ghi_j', 'BEARER abc.def-ghi_j'])
      expect(await (await send(strict, header)).json()).toEqual({ token: 'abc.def-ghi_j' })
  })
})

describe('optional bearer extraction (auto_error=False)', () => {
  it('yields undefined in every failure case, never a 401', async () => {
    for (const header of [undefined, 'Basic abc', 'Bearer ', 'Bearer']) {
      const res = await send(optional, header)
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual({ token: null })
    }
    expect(parseBearer(undefined)).toBeUndefined()
    expect(await (await send(optional, 'Bearer xyz')).json()).toEqual({ token: 'xyz' })
  })
})

describe('OpenAPI', () => {
  it('registers an http/bearer security scheme that routes reference', () => {
    const app = new OpenAPIHono()
    registerBearerScheme(app)
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' }, security: bearerSecurity })
    expect(doc.components?.securitySchemes).toEqual({ Bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } })
    expect(doc.security).toEqual([{ Bearer: [] }])
  })
})
