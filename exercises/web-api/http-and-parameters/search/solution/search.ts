// GET /search: declare every input with a schema behind its validator (see README.md).
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import { useProblemDetails } from '../../../../../snippets/web-api/error-responses/error-handler.ts'
import { validationHook } from '../../../../../snippets/web-api/validation/validation-hook.ts'

export const searchQuery = z.object({
  q: z.string().min(1).max(100),
  tags: z.preprocess(
    value => (value === undefined ? [] : typeof value === 'string' ? [value] : value),
    z.array(z.string().min(1)),
  ),
  minPrice: z.coerce.number().min(0).optional(),
  inStock: z.stringbool().optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})

export const searchHeaders = z.object({ 'x-client-version': z.string().min(1) })

export const searchApp = useProblemDetails(new Hono())

searchApp.get('/search',
  zValidator('query', searchQuery, validationHook),
  zValidator('header', searchHeaders, validationHook),
  (c) => {
    const query = c.req.valid('query')
    const clientVersion = c.req.valid('header')['x-client-version']
    return c.json({ ...query, clientVersion })
  })
