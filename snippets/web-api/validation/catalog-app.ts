// The deck's main app: the patterns of this deck behind documented routes. Request schemas are
// strict (apiObject), responses go through stripping schemas, errors are problem bodies.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { NotFoundError } from '../error-responses/domain-errors.ts'
import { errorResponses } from '../error-responses/problem-details.ts'
import type { Product } from './patterns.ts'
import { applyPatch, ProductCreate, ProductPage, ProductResponse, ProductUpdate } from './patterns.ts'
import { validationHook } from './validation-hook.ts'
import { swaggerDocs } from '../../shared/swagger-docs.ts'

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

/** The in-memory store behind the routes (a database in a real app). */
function productStore(now: () => string) {
  const products = new Map<number, Product>()
  return {
    add: (input: z.infer<typeof ProductCreate>) => {
      const product = ProductResponse.parse({ ...input, id: products.size + 1, created_at: now(), updated_at: now() })
      products.set(product.id, product)
      return product
    },
    find: (id: number) => {
      const product = products.get(id)
      if (!product)
        throw new NotFoundError(`Product ${id} not found`)
      return product
    },
    save: (product: Product) => void products.set(product.id, product),
    all: () => [...products.values()],
  }
}

const page = <T>(all: T[], page: number, page_size: number) => ProductPage.parse({
  items: all.slice((page - 1) * page_size, page * page_size),
  total: all.length, page, page_size, total_pages: Math.ceil(all.length / page_size),
})

// #region catalog-app
export function createCatalogApp({ now }: CatalogDeps) {
  const store = productStore(now)
  const app = new OpenAPIHono({ defaultHook: validationHook }) // 422 problem bodies
  app.use(bodyLimit({ maxSize: 16 * 1024 })) // 413 problem bodies
  useProblemDetails(app) // onError + notFound
  app.openapi(routes.create, c => c.json(store.add(c.req.valid('json')), 201))
  app.openapi(routes.get, c => c.json(store.find(c.req.valid('param').id), 200))
  // #endregion catalog-app
  // #region catalog-more
  app.openapi(routes.patch, (c) => {
    const updated = applyPatch(store.find(c.req.valid('param').id), c.req.valid('json'), now())
    store.save(updated)
    return c.json(updated, 200)
  })
  app.openapi(routes.list, (c) => {
    const { page: n, page_size } = c.req.valid('query')
    return c.json(page(store.all(), n, page_size), 200)
  })
  app.doc('/openapi.json', { openapi: '3.0.3', info: { title: 'Catalog', version: '1' } })
  swaggerDocs(app, '/openapi.json')
  return app
}
// #endregion catalog-more
