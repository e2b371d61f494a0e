// One access-log event per request, and request context for every line written during it.
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { requestId, type RequestIdVariables } from 'hono/request-id'
import type { Logger } from 'pino'
import { requestContext } from './request-context.ts'

export type RequestLogEnv = { Variables: RequestIdVariables }
/** Decides whether a successful request's `request_completed` line is written (see sampling.ts). */
export type KeepCompleted = (path: string, status: number) => boolean
type Middleware = MiddlewareHandler<RequestLogEnv>

const contextOf = (c: Context<RequestLogEnv>) =>
  ({ request_id: c.get('requestId'), method: c.req.method, path: c.req.path })
const msSince = (start: number) => Number((performance.now() - start).toFixed(2))

// #region middleware
export const requestLogging =
  (log: Logger, keep: KeepCompleted = () => true): Middleware =>
    async (c, next) => {
      // request_id, method, path
      await requestContext.run(contextOf(c), async () => {
        const start = performance.now()
        await next() // handler errors do not reject: see c.error
        const status_code = c.res.status
        const fields = { status_code, duration_ms: msSince(start) }
        if (c.error)
          log.error({ ...fields, err: c.error }, 'request_failed')
        else if (keep(c.req.path, status_code))
          log.info(fields, 'request_completed')
      })
    }
// #endregion middleware

// #region register
export function createApp(log: Logger, keep?: KeepCompleted) {
  const app = new Hono<RequestLogEnv>()
  // 1. accept a valid X-Request-Id or generate a UUID
  app.use(requestId())
  // 2. context, timing, outcome
  app.use(requestLogging(log, keep))
  // logged by the middleware already
  app.onError((_err, c) => c.json({ error: 'internal_error' }, 500))
  app.get('/orders/:id', (c) => {
    const id = c.req.param('id')
    log.info({ order_id: id }, 'fetching_order') // no id passed
    return c.json({ id, status: 'shipped' })
  })
  return app
}
// #endregion register
