// GET /orders, refactored into a composition root, a currentUser middleware and a thin handler.
import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { AuthenticationError } from '../../../../../snippets/web-api/error-responses/domain-errors.ts'
import { useProblemDetails } from '../../../../../snippets/web-api/error-responses/error-handler.ts'

export interface Order { id: number, item: string }
export interface OrderRepo { listFor: (userId: string) => Promise<Order[]> }
export interface Clock { now: () => Date }
export interface Deps { repo: OrderRepo, clock: Clock }

const currentUser = createMiddleware<{ Variables: { userId: string } }>(async (c, next) => {
  const userId = c.req.header('x-user-id')
  if (!userId)
    throw new AuthenticationError('Sign in first')
  c.set('userId', userId)
  await next()
})

export function createApp(deps: Deps) {
  const app = new Hono()
  app.get('/orders', currentUser, async (c) => {
    const orders = await deps.repo.listFor(c.var.userId)
    return c.json({ user: c.var.userId, orders, at: deps.clock.now().toISOString() })
  })
  return useProblemDetails(app)
}
