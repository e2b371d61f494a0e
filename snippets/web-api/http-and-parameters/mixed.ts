// Every source on one route: path, query, header and JSON body, each with its own validator.
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { validationHook } from '../validation/validation-hook.ts'

export const itemPath = z.object({
  userId: z.coerce.number().int().positive(),
  itemId: z.coerce.number().int().positive(),
})
export const itemQuery = z.object({ q: z.string().max(100).optional() })
export const bearerHeader = z.object({ authorization: z.string().regex(/^Bearer \S+$/) })
export const itemBody = z.object({ name: z.string().min(1).max(100), price: z.number().positive() })

export const mixedApp = useProblemDetails(new Hono())

// #region mixed
mixedApp.put('/users/:userId/items/:itemId',
  zValidator('param', itemPath, validationHook), // path
  zValidator('query', itemQuery, validationHook), // query string
  zValidator('header', bearerHeader, validationHook), // headers
  zValidator('json', itemBody, validationHook), // body
  (c) => {
    const { userId, itemId } = c.req.valid('param')
    const { q } = c.req.valid('query')
    const item = c.req.valid('json')
    c.req.valid('header') // validated; the token itself is never echoed
    return c.json({ userId, itemId, q, item })
  })
// #endregion mixed
