// One id for one user action across services: A forwards the id of the request it is serving.
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import type { Logger } from 'pino'
import { currentRequestId } from './request-context.ts'
import { requestLogging, type RequestLogEnv } from './request-logging.ts'

export type FetchLike = (input: string, init: RequestInit) => Response | Promise<Response>

// #region propagate
/** Outbound calls carry the current request's id. */
export const fetchWithRequestId =
  (fetchImpl: FetchLike = fetch): FetchLike =>
    (input, init) => {
      const headers = new Headers(init.headers)
      const id = currentRequestId()
      if (id) // outside a request: no header
        headers.set('X-Request-Id', id)
      return fetchImpl(input, { ...init, headers })
    }
// #endregion propagate

// #region service-b
export function createInventoryService(log: Logger) {
  const app = new Hono<RequestLogEnv>()
  // accepts A's id instead of generating one
  app.use(requestId(), requestLogging(log))
  app.get('/stock/:sku', (c) => {
    const sku = c.req.param('sku')
    log.info({ sku }, 'stock_checked')
    return c.json({ sku, available: 3 })
  })
  return app
}
// #endregion service-b

// #region service-a
export function createCheckoutService(log: Logger, callInventory: FetchLike) {
  const app = new Hono<RequestLogEnv>()
  app.use(requestId(), requestLogging(log))
  const inventory = fetchWithRequestId(callInventory)
  app.post('/checkout/:sku', async (c) => {
    const url = `http://inventory/stock/${c.req.param('sku')}`
    const stock = await inventory(url, { method: 'GET' })
    log.info({ inventory_status: stock.status }, 'checkout_completed')
    return c.json({ ok: stock.ok })
  })
  return app
}
// #endregion service-a
