// One access-log event per request, and request context for every line written during it.
import { Hono, type MiddlewareHandler } from 'hono'
import { requestId, type RequestIdVariables } from 'hono/request-id'
import type { Logger } from 'pino'
import { requestContext } from './request-context.ts'

export type RequestLogEnv = { Variables: RequestIdVariables }
/** Decides whether a successful request's `request_completed` line is written (see sampling.ts). */
export type KeepCompleted = (path: string, status: number) => boolean

// #region middleware
export const requestLogging = (log: Logger, keep: KeepCompleted = () => true): MiddlewareHandler<RequestLogEnv> =>
  async (c, next) => {
    const store = { request_id: c.get('requestId'), method: c.req.method, path: c.req.path }
    await requestContext.run(store, async () => {
      const start = performance.now()
      await next() // a handler error does not reject here: Hono puts it in c.error
      const fields = { status_code: c.res.status, duration_ms: Number((performance.now() - start).toFixed(2)) }
      if (c.error)
        log.error({ ...fields, err: c.error }, 'request_failed')
      else if (keep(c.req.path, c.res.status))
        log.info(fields, 'request_completed')
    })
  }
// #endregion middleware

// #region register
export function createApp(log: Logger, keep?: KeepCompleted): Hono<RequestLogEnv> {
  const app = new Hono<RequestLogEnv>()
  app.use(requestId()) // 1. accept a valid X-Request-Id or generate a UUID
  app.use(requestLogging(log, keep)) // 2. context, timing, outcome
  app.onError((_err, c) => c.json({ error: 'internal_error' }, 500)) // logged by the middleware
  app.get('/orders/:id', async (c) => {
    log.info({ order_id: c.req.param('id') }, 'fetching_order') // no request id passed
    return c.json({ id: c.req.param('id'), status: 'shipped' })
  })
  return app
}
// #endregion register
