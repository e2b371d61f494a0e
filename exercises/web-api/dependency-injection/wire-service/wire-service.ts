// GET /orders, refactored into a composition root, a currentUser middleware and a thin handler.
import { Hono } from 'hono'
import { useProblemDetails } from '../../../../snippets/web-api/error-responses/error-handler.ts'

export interface Order { id: number, item: string }
export interface OrderRepo { listFor: (userId: string) => Promise<Order[]> }
export interface Clock { now: () => Date }
export interface Deps { repo: OrderRepo, clock: Clock }

class InMemoryOrderRepo implements OrderRepo {
  async listFor(userId: string): Promise<Order[]> {
    return userId === 'alice' ? [{ id: 1, item: 'Desk lamp' }] : []
  }
}

// TODO: a currentUser middleware (401 when x-user-id is missing; sets c.var.userId).

export function createApp(_deps: Deps) {
  const app = new Hono()
  app.get('/orders', async (c) => {
    const repo = new InMemoryOrderRepo() // TODO: a new repository per request: use deps.repo
    const userId = c.req.header('x-user-id') ?? 'anonymous' // TODO: currentUser middleware
    const orders = await repo.listFor(userId)
    return c.json({ user: userId, orders, at: new Date(Date.now()).toISOString() }) // TODO: deps.clock
  })
  return useProblemDetails(app)
}
