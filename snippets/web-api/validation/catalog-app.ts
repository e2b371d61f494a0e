// The deck's main app: the patterns of this deck behind documented routes. Request schemas are
// strict (apiObject), responses go through stripping schemas, errors are problem bodies.
import { swaggerUI } from '@hono/swagger-ui'
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { NotFoundError } from '../error-responses/domain-errors.ts'
import { errorResponses } from '../error-responses/problem-details.ts'
import type { Product } from './patterns.ts'
import { applyPatch, ProductCreate, ProductPage, ProductResponse, ProductUpdate } from './patterns.ts'
import { validationHook } from './validation-hook.ts'

const json = <S extends z.ZodType>(schema: S, description: string) =>
  ({ description, content: { 'application/json': { schema } } })
const body = <S extends z.ZodType>(schema: S) =>
  ({ required: true, content: { 'application/json': { schema } } })
const Id = z.object({ id: z.coerce.number().int().positive() })
const Paging = z.strictObject({ page: z.coerce.number().int().min(1).default(1), page_size: z.coerce.number().int().min(1).max(100).default(20) })

const routes = {
  create: createRoute({ method: 'post', path: '/products', request: { body: body(ProductCreate) }, responses: { 201: json(ProductResponse, 'Created'), ...errorResponses(400, 413, 415, 422) } }),
  get: createRoute({ method: 'get', path: '/products/{id}', request: { params: Id }, responses: { 200: json(ProductResponse, 'The product'), ...errorResponses(404, 422) } }),
  patch: createRoute({ method: 'patch', path: '/products/{id}', request: { params: Id, body: body(ProductUpdate) }, responses: { 200: json(ProductResponse, 'Updated'), ...errorResponses(400, 404, 413, 415, 422) } }),
  list: createRoute({ method: 'get', path: '/products', request: { query: Paging }, responses: { 200: json(ProductPage, 'A page of products'), ...errorResponses(422) } }),
}

export interface CatalogDeps { now: () => string }

// #region catalog-app
export function createCatalogApp({ now }: CatalogDeps) {
  const products = new Map<number, Product>()
  const find = (id: number) => {
    const product = products.get(id)
    if (!product)
      throw new NotFoundError(`Product ${id} not found`)
    return product
  }
  const app = new OpenAPIHono({ defaultHook: validationHook }) // 422 problem bodies
  app.use(bodyLimit({ maxSize: 16 * 1024 })) // 413 problem bodies
  useProblemDetails(app)
  app.openapi(routes.create, (c) => {
    const product = ProductResponse.parse({ ...c.req.valid('json'), id: products.size + 1, created_at: now(), updated_at: now() })
    products.set(product.id, product)
    return c.json(product, 201)
  })
  app.openapi(routes.get, c => c.json(find(c.req.valid('param').id), 200))
  // #endregion catalog-app
  // #region catalog-patch-list
  app.openapi(routes.patch, (c) => {
    const updated = applyPatch(find(c.req.valid('param').id), c.req.valid('json'), now())
    products.set(updated.id, updated)
    return c.json(updated, 200)
  })
  app.openapi(routes.list, (c) => {
    const { page, page_size } = c.req.valid('query')
    const all = [...products.values()]
    const items = all.slice((page - 1) * page_size, page * page_size)
    return c.json(ProductPage.parse({ items, total: all.length, page, page_size, total_pages: Math.ceil(all.length / page_size) }), 200)
  })
  app.doc('/openapi.json', { openapi: '3.0.3', info: { title: 'Catalog', version: '1.0.0' } })
  app.get('/docs', swaggerUI({ url: '/openapi.json' }))
  return app
}
// #endregion catalog-patch-list
