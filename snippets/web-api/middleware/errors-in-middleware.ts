// Errors are not a middleware in Hono: a throw is turned into a response by app.onError at the
// layer that threw, so `await next()` never rejects. Middleware can still OBSERVE c.error.
// The 500 body is the section's one error shape (web-api/error-responses). Browser-safe.
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { requestId, type RequestIdVariables } from 'hono/request-id'
import { timing } from 'hono/timing'
import type { ErrorReport } from '../error-responses/error-handler.ts'
import { useProblemDetails } from '../error-responses/error-handler.ts'

export interface TrapResult {
  caught: boolean
  seenAfterNext: string | undefined
}

// #region try-catch-trap
export function createTrapApp(result: TrapResult) {
  const app = new Hono()
  app.use(async (c, next) => {
    try {
      await next() // resolves: the throw was already handled below
    } catch {
      result.caught = true // never runs
    }
    result.seenAfterNext = c.error?.message // observe, don't format
  })
  app.get('/boom', () => {
    throw new Error('connect ECONNREFUSED 10.0.0.5:5432 (password=hunter2)')
  })
  return app.onError((_err, c) => c.text('Internal Server Error', 500)) // quiet
}
// #endregion try-catch-trap

// #region on-error
export function createSafeApp(report: (r: ErrorReport) => void) {
  const app = new Hono<{ Variables: RequestIdVariables }>()
  app.use(cors({ origin: 'https://app.example.com', exposeHeaders: ['X-Request-Id'] }))
  app.use(requestId())
  app.use(timing())
  app.get('/boom', () => {
    throw new Error('connect ECONNREFUSED 10.0.0.5:5432 (password=hunter2)')
  })
  // the ONE formatter: 500 INTERNAL_ERROR + request_id, no message, no stack
  return useProblemDetails(app, { report }) // report -> the log, full err
}
// #endregion on-error
