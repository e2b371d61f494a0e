// Schemas wired into Hono: request validation with the shared hook, a response filter,
// and OpenAPI generated from the same schemas.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { Hono } from 'hono'
import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { ContentfulStatusCode as Status } from 'hono/utils/http-status'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { errorResponses } from '../error-responses/problem-details.ts'
import { validate, validationHook } from './validation-hook.ts'
import { swaggerDocs } from '../../shared/swagger-docs.ts'

// #region hono-body
export const ProductCreate = z.strictObject({
  name: z.string().trim().min(1).max(200),
  price: z.number().positive(),
  category: z.enum(['books', 'tools', 'toys']),
}).openapi('ProductCreate')

export const productRoutes = () => new Hono()
  .use(bodyLimit({ maxSize: 16 * 1024 }))
  .post('/products', validate('json', ProductCreate), (c) => {
    const product = c.req.valid('json') // typed AND checked: { name, price, category }
    return c.json({ id: 1, ...product }, 201)
  })
// #endregion hono-body

// #region response-filter
/** response_model: parse what leaves through the response schema; it drops the rest. */
export function respond(c: Context, schema: z.ZodType, value: unknown, status: Status = 200) {
  return c.json(schema.parse(value), status) // a ZodError here is our bug: 500, no leak
}

export const UserResponse = z.object({ id: z.int(), name: z.string(), email: z.email() })
const row = { id: 7, name: 'Ada', email: 'ada@example.com', password_hash: '$argon2id$v=19$…' }

export const userRoutes = () => new Hono()
  .get('/users/7', c => respond(c, UserResponse, row)) // password_hash never leaves
  .get('/users/7/strict', c => respond(c, UserResponse.strict(), row)) // throws -> 500
// #endregion response-filter

const json = <S extends z.ZodType>(schema: S) => ({ content: { 'application/json': { schema } } })
// #region openapi-route
const createProduct = createRoute({
  method: 'post', path: '/products', // OpenAPI style: /users/{id}, not /users/:id
  request: { body: { required: true, ...json(ProductCreate) } }, // required: or {} passes!
  responses: {
    201: { description: 'Created', ...json(ProductCreate.extend({ id: z.int() })) },
    ...errorResponses(413, 415, 422),
  },
})
// #endregion openapi-route

// #region openapi
export function documentedApp() {
  const app = new OpenAPIHono({ defaultHook: validationHook }) // 422 problem bodies
  app.use(bodyLimit({ maxSize: 16 * 1024 }))
  useProblemDetails(app) // onError + notFound
  app.openapi(createProduct, c => c.json({ id: 1, ...c.req.valid('json') }, 201))
  app.doc('/openapi.json', { openapi: '3.0.3', info: { title: 'Catalog', version: '1' } })
  swaggerDocs(app, '/openapi.json') // Swagger UI at /docs, served locally
  return app
}
// #endregion openapi
