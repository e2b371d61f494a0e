// Reusable query "dependencies": a validator constant any route can put in its chain.
import { zValidator } from '@hono/zod-validator'
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { z } from 'zod'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { pagination } from '../http-and-parameters/query-params.ts'
import { validationHook } from '../validation/validation-hook.ts'

export const itemsApp = useProblemDetails(new Hono())

// #region pagination
/** FastAPI's `pagination_params(page=1, limit=20)`, declared once (schema: previous deck). */
export const paginationQuery = zValidator('query', pagination, validationHook)

itemsApp.get('/items', paginationQuery, c => c.json(c.req.valid('query')))
itemsApp.get('/orders', paginationQuery, c =>
  c.json({ orders: [], ...c.req.valid('query') }))
// #endregion pagination

// #region common-params
/** FastAPI's `CommonParams(q=None, skip=0, limit=10)`: a schema with those defaults. */
export const commonParams = z.object({
  q: z.string().min(1).optional(),
  skip: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(10),
})

/** Want methods? Build a small object from the parsed value, in a middleware. */
export class CommonParams {
  readonly params: z.infer<typeof commonParams>
  constructor(params: z.infer<typeof commonParams>) { this.params = params }
  page<T>(items: readonly T[]): T[] {
    const { skip, limit } = this.params
    return items.slice(skip, skip + limit)
  }
}
// #endregion common-params

export const withCommonParams = createMiddleware<{ Variables: { common: CommonParams } }, string, { out: { query: z.infer<typeof commonParams> } }>(
  async (c, next) => {
    c.set('common', new CommonParams(c.req.valid('query')))
    await next()
  },
)

const NAMES = Array.from({ length: 25 }, (_, i) => `item-${i + 1}`)
itemsApp.get('/search', zValidator('query', commonParams, validationHook), withCommonParams, (c) => {
  const { q, skip, limit } = c.var.common.params
  return c.json({ q, skip, limit, items: c.var.common.page(NAMES) })
})

// #region query-vs-body
// FastAPI: `p: Pagination = Depends()` reads the query; `p: Pagination` reads the body.
// Hono: the same schema behind two different targets, and the target says which.
itemsApp.post('/from-query', zValidator('query', pagination, validationHook), c =>
  c.json({ source: 'query', ...c.req.valid('query') }))
itemsApp.post('/from-body', zValidator('json', pagination, validationHook), c =>
  c.json({ source: 'body', ...c.req.valid('json') }))
// #endregion query-vs-body
