// A Starlette stack copied line by line into Hono. In main.py the add_middleware calls were:
// ErrorHandler, Timing, RequestID, SecureHeaders, CORS, TrustedHost, GZip (last added = outermost).
// TODO 1: Hono runs app.use in REGISTRATION order (first = outermost): re-derive the order.
// TODO 2: a try/catch around `await next()` catches nothing in Hono: errors belong in onError.
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { secureHeaders } from 'hono/secure-headers'
import { requestId } from 'hono/request-id'
import { timing } from 'hono/timing'
import type { Logger } from 'pino'
import { corsFromEnv } from '../../../../snippets/web-api/middleware/cors-env.ts'
import { pinoSink } from '../../../../snippets/web-api/middleware/ordering.ts'
import { loggingContext, type RequestIdEnv } from '../../../../snippets/web-api/middleware/request-id.ts'
import { timingLog } from '../../../../snippets/web-api/middleware/timing.ts'
import { trustedHost } from '../../../../snippets/web-api/middleware/trusted-host.ts'
import { sizedJson, rowsOfSize } from '../../../../snippets/web-api/middleware/compress.ts'

export function createApp(log: Logger) {
  const app = new Hono<RequestIdEnv>()
  app.use(async (c, next) => { // ErrorHandlerMiddleware
    try {
      await next()
    } catch (err) {
      log.error({ err }, 'request failed')
      return c.json({ error: 'internal_server_error' }, 500)
    }
  })
  app.use(timing(), timingLog(pinoSink(log))) // TimingMiddleware
  app.use(requestId(), loggingContext()) // RequestIDMiddleware (+ log context)
  app.use(secureHeaders()) // SecurityHeadersMiddleware
  app.use(corsFromEnv({ ENVIRONMENT: 'production' })) // CORSMiddleware
  app.use(trustedHost(['api.example.com'])) // TrustedHostMiddleware
  app.use(compress()) // GZipMiddleware

  app.get('/health', c => c.json({ ok: true }))
  app.get('/report', c => sizedJson(c, rowsOfSize(4096)))
  app.get('/boom', () => { throw new Error('bug: cannot read properties of undefined') })
  return app
}
