// A Starlette stack copied line by line into Hono. In main.py the add_middleware calls were:
// ErrorHandler, Timing, RequestID, SecureHeaders, CORS, TrustedHost, GZip (last added = outermost).
// Solved: registration order is the reverse (first = outermost); errors go to onError.
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { secureHeaders } from 'hono/secure-headers'
import { requestId } from 'hono/request-id'
import { timing } from 'hono/timing'
import type { Logger } from 'pino'
import { useProblemDetails } from '../../../../../snippets/web-api/error-responses/error-handler.ts'
import { corsFromEnv } from '../../../../../snippets/web-api/middleware/cors-env.ts'
import { pinoSink } from '../../../../../snippets/web-api/middleware/ordering.ts'
import { loggingContext, type RequestIdEnv } from '../../../../../snippets/web-api/middleware/request-id.ts'
import { timingLog } from '../../../../../snippets/web-api/middleware/timing.ts'
import { trustedHost } from '../../../../../snippets/web-api/middleware/trusted-host.ts'
import { sizedJson, rowsOfSize } from '../../../../../snippets/web-api/middleware/compress.ts'

export function createApp(log: Logger) {
  const app = new Hono<RequestIdEnv>()
  app.use(compress()) // GZipMiddleware: outermost, sees the final body and headers
  app.use(trustedHost(['api.example.com'])) // TrustedHostMiddleware: before any work
  app.use(corsFromEnv({ ENVIRONMENT: 'production' })) // CORSMiddleware: answers preflights
  app.use(secureHeaders()) // SecurityHeadersMiddleware
  app.use(requestId(), loggingContext()) // RequestIDMiddleware (+ log context): before anything logs
  app.use(timing(), timingLog(pinoSink(log))) // TimingMiddleware: innermost global layer

  app.get('/health', c => c.json({ ok: true }))
  app.get('/report', c => sizedJson(c, rowsOfSize(4096)))
  app.get('/boom', () => { throw new Error('bug: cannot read properties of undefined') })
  return useProblemDetails(app, { // ErrorHandlerMiddleware -> onError + notFound
    report: ({ err, status }) => log.error({ err, status }, 'request failed') })
}
