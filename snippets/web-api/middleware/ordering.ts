// The guide's three ordering pitfalls, re-checked in Hono: which layer sees what depends on
// registration order (first registered = outermost). Node only (the ALS logging context).
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { requestId } from 'hono/request-id'
import type { Logger } from 'pino'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { loggingContext, type RequestIdEnv } from './request-id.ts'
import { timingLog, type CompletedLine } from './timing.ts'
import { trustedHost } from './trusted-host.ts'

export type IdPlacement = 'id-outside-timing' | 'id-inside-timing'
export const pinoSink = (log: Logger) => ({ msg, ...fields }: CompletedLine) => log.info(fields, msg)

// #region order-pitfalls
export function createOrderedApp(log: Logger, placement: IdPlacement) {
  const app = new Hono<RequestIdEnv>()
  app.use(trustedHost(['api.example.com'])) // outside CORS: its 400 has no CORS headers
  app.use(cors({ origin: 'https://app.example.com' }))
  const timed = timingLog(pinoSink(log)) // request_id comes from the ALS context
  if (placement === 'id-outside-timing')
    app.use(requestId(), loggingContext(), timed) // right
  else
    app.use(timed, requestId(), loggingContext()) // pitfall 2: timing logs no id
  app.get('/ok', c => c.json({ ok: true }))
  app.get('/boom', () => { throw new Error('bug') })
  return useProblemDetails(app) // pitfalls 1 and 3: errors are responses at the throw site
}
// #endregion order-pitfalls
