// The deck's complete app: clean endpoints over services that throw domain errors, one error
// handler, one documented error shape. Built by createApp(deps) like every app of the section.
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { requestId } from 'hono/request-id'
import { validationHook } from '../validation/validation-hook.ts'
import type { ProblemDetailsOptions } from './error-handler.ts'
import { useProblemDetails } from './error-handler.ts'
import { errorResponses } from './problem-details.ts'
import { BusinessValidationError, ConflictError, NotFoundError, UserService } from './domain-errors.ts'

export const OrderInput = z.strictObject({
  productId: z.string().min(1),
  quantity: z.int().positive(),
  idempotencyKey: z.uuid(),
}).openapi('OrderInput')
export type OrderInput = z.infer<typeof OrderInput>

// #region order-service
export class OrderService {
  readonly #stock = new Map([['kbd-1', 3]])
  readonly #placed = new Set<string>()
  place({ productId, quantity, idempotencyKey: key }: OrderInput) {
    const stock = this.#stock.get(productId)
    if (stock === undefined)
      throw new NotFoundError(`Product ${productId} not found`)
    if (quantity > stock) // a business rule, with a field detail
      throw new BusinessValidationError('Not enough stock',
        { details: [{ field: 'quantity', message: `Only ${stock} left` }] })
    if (this.#placed.has(key))
      throw new ConflictError(`Order ${key} was already placed`)
    this.#placed.add(key)
    this.#stock.set(productId, stock - quantity)
    return { orderId: key, productId, quantity }
  }
}
// #endregion order-service

const User = z.object({ id: z.int(), email: z.email() }).openapi('User')

const json = <S extends z.ZodType>(schema: S) => ({ content: { 'application/json': { schema } } })
const body = <S extends z.ZodType>(schema: S) => ({ body: { required: true, ...json(schema) } })
const OrderOut = OrderInput.omit({ idempotencyKey: true }).extend({ orderId: z.uuid() })

// #region routes
const getUser = createRoute({
  method: 'get', path: '/users/{id}',
  request: { params: z.object({ id: z.coerce.number().int().positive() }) },
  responses: { 200: { description: 'The user', ...json(User) },
    ...errorResponses(404, 422, 500) },
})
const createUser = createRoute({
  method: 'post', path: '/users', request: body(z.strictObject({ email: z.email() })),
  responses: { 201: { description: 'Created', ...json(User) },
    ...errorResponses(400, 409, 413, 415, 422) },
})
const placeOrder = createRoute({
  method: 'post', path: '/orders', request: body(OrderInput),
  responses: { 201: { description: 'Placed', ...json(OrderOut) },
    ...errorResponses(400, 404, 409, 413, 415, 422, 500) },
})
// #endregion routes

export interface AppDeps extends ProblemDetailsOptions {
  users: UserService
  orders: OrderService
}

// #region complete
export function createApp(deps: AppDeps) {
  const { users, orders } = deps
  const app = new OpenAPIHono({ defaultHook: validationHook }) // schema failures -> 422
  app.use(requestId()) // X-Request-Id header + request_id in every problem body
  app.use(bodyLimit({ maxSize: 16 * 1024 })) // too big -> HTTPException(413)
  useProblemDetails(app, deps) // the ONE onError + notFound
  // #region clean-endpoints
  app.openapi(getUser, c => c.json(users.getUser(c.req.valid('param').id), 200))
  app.openapi(createUser, c => c.json(users.createUser(c.req.valid('json').email), 201))
  app.openapi(placeOrder, c => c.json(orders.place(c.req.valid('json')), 201))
  // #endregion clean-endpoints
  app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'Shop API', version: '1' } })
  return app
}
// #endregion complete

export const createDefaultApp = (options: ProblemDetailsOptions = {}) =>
  createApp({ users: new UserService(), orders: new OrderService(), ...options })
