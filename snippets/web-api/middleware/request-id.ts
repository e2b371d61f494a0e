// Request ids: hono/request-id validates, stores and echoes them; AsyncLocalStorage (from
// core-concepts/structured-logging) carries the id into every log line and every outgoing call.
// Node only (node:async_hooks).
import { Hono, type MiddlewareHandler } from 'hono'
import { requestId, type RequestIdVariables } from 'hono/request-id'
import type { Logger } from 'pino'
import { fetchWithRequestId, type FetchLike } from '../../core-concepts/structured-logging/correlation.ts'
import { withRequestContext } from '../../core-concepts/structured-logging/request-context.ts'

export type RequestIdEnv = { Variables: RequestIdVariables }

// #region request-id
export function createEchoApp() {
  const app = new Hono<RequestIdEnv>()
  // keeps X-Request-Id if <= 255 chars of [A-Za-z0-9_=-],
  // else crypto.randomUUID(); sets c.var.requestId + the header
  app.use(requestId())
  app.get('/', c => c.text(c.var.requestId))
  return app
}
// #endregion request-id

export type Delay = () => Promise<void>
const noDelay: Delay = async () => {}

// #region als-logging
/** Opens the request's log context: pino's mixin tags every line. */
export const loggingContext = (): MiddlewareHandler<RequestIdEnv> =>
  (c, next) => withRequestContext({ request_id: c.var.requestId }, next)

/** Three calls deep, no id parameter anywhere. */
export const orderRepo = (log: Logger, delay: Delay) => ({
  async find(id: string) {
    await delay()
    log.info({ order_id: id }, 'order loaded') // + request_id
    return { id }
  },
})
// #endregion als-logging

// #region als-app
export function createOrdersApp(log: Logger, billing: FetchLike, delay = noDelay) {
  const app = new Hono<RequestIdEnv>()
  app.use(requestId(), loggingContext())
  const repo = orderRepo(log, delay)
  const callBilling = fetchWithRequestId(billing) // forwards X-Request-Id
  app.get('/orders/:id', async (c) => {
    const order = await repo.find(c.req.param('id'))
    const invoice = await callBilling('http://billing/invoices', { method: 'GET' })
    return c.json({ ...order, billed: invoice.ok })
  })
  return app
}
// #endregion als-app
