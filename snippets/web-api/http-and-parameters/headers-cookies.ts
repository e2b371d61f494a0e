// Headers and cookies: validated like any other source, required vs optional in the schema.
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { getCookie } from 'hono/cookie'
import { z } from 'zod'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { validationHook } from '../validation/validation-hook.ts'

// #region headers
// Header names are case-insensitive: the kit writes schema keys in lowercase.
export const clientHeaders = z.object({
  'x-custom-token': z.string().min(1), // required, no alias= needed
  'x-request-id': z.string().max(64).optional(), // optional
})

export const headersApp = useProblemDetails(new Hono())

headersApp.get('/whoami', zValidator('header', clientHeaders, validationHook), (c) => {
  const headers = c.req.valid('header')
  return c.json({
    tokenLength: headers['x-custom-token'].length, // never echo a credential
    requestId: headers['x-request-id'],
  })
})
// #endregion headers

// #region cookies
export const sessionCookies = z.object({
  session: z.string().min(1), // required
  theme: z.enum(['light', 'dark']).optional(), // optional
})

export const cookiesApp = useProblemDetails(new Hono())

cookiesApp.get('/me', zValidator('cookie', sessionCookies, validationHook), c =>
  c.json(c.req.valid('cookie')))

// Or read one cookie without a schema (a string or undefined):
cookiesApp.get('/theme', c => c.json({ theme: getCookie(c, 'theme') ?? 'light' }))
// #endregion cookies
