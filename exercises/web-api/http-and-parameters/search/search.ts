// GET /search: declare every input with a schema behind its validator (see README.md).
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import { useProblemDetails } from '../../../../snippets/web-api/error-responses/error-handler.ts'
import { validationHook } from '../../../../snippets/web-api/validation/validation-hook.ts'

// TODO: q (required, 1-100 chars), tags (one or many, [] when absent), minPrice (optional, >= 0),
//       inStock (optional boolean as text), page (default 1), limit (default 20, max 100).
export const searchQuery = z.object({})

// TODO: the required X-Client-Version header (lowercase key).
export const searchHeaders = z.object({})

export const searchApp = useProblemDetails(new Hono())

searchApp.get('/search',
  zValidator('query', searchQuery, validationHook),
  zValidator('header', searchHeaders, validationHook),
  (c) => {
    const query = c.req.valid('query')
    // TODO: read the client version from the validated headers.
    const clientVersion = undefined
    return c.json({ ...query, clientVersion })
  })
