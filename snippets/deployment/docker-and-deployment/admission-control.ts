// Uvicorn's --limit-concurrency as middleware: count in-flight requests, answer 503 at once above
// the limit instead of letting a burst pile up in memory. Health probes are never rejected.
import type { MiddlewareHandler } from 'hono'

export interface AdmissionOptions {
  limit?: number // start at 100 per process; tune with a load test
  exempt?: readonly string[] // probes must answer even when the app is saturated
  retryAfterSeconds?: number
}

// #region middleware
export function admissionControl({ limit = 100, exempt = ['/health', '/ready'],
  retryAfterSeconds = 1 }: AdmissionOptions = {}) {
  let inFlight = 0
  const middleware: MiddlewareHandler = async (c, next) => {
    if (exempt.includes(c.req.path)) return next()
    if (inFlight >= limit) // reject before any work: cheap, immediate, retryable
      return c.json({ error: 'overloaded' }, 503, { 'Retry-After': String(retryAfterSeconds) })
    inFlight++
    try { await next() }
    finally { inFlight-- } // also when the handler throws
  }
  return { middleware, get inFlight() { return inFlight } }
}
// #endregion middleware
