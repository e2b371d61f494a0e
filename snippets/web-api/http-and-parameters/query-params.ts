// Query parameters: defaults in the schema, coercion, real booleans, one-or-many lists.
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { z } from 'zod'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { validationHook } from '../validation/validation-hook.ts'

// #region query-pagination
export const pagination = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})

export const paginationApp = useProblemDetails(new Hono())

paginationApp.get('/items', zValidator('query', pagination, validationHook), (c) => {
  const { page, limit } = c.req.valid('query') // { page: number, limit: number }
  return c.json({ page, limit })
})
// #endregion query-pagination

/** `?tag=a` arrives as "a", `?tag=a&tag=b` as ["a","b"], no tag as undefined. */
// #region query-gotchas
export const oneOrMany = z.preprocess(
  value => (value === undefined ? [] : typeof value === 'string' ? [value] : value),
  z.array(z.string().min(1)),
)

export const filters = z.object({
  naive: z.coerce.boolean().optional(), // the trap: "false" → true
  inStock: z.stringbool().optional(), // "false" → false, "maybe" → 422
  page: z.coerce.number().int().min(1).default(1), // "" → 0 → 422
  tag: oneOrMany,
})

export const filtersApp = useProblemDetails(new Hono())

filtersApp.get('/search', zValidator('query', filters, validationHook), c =>
  c.json(c.req.valid('query')))
// #endregion query-gotchas
