// Ready or not: readiness follows saturation and errors; liveness only says the process runs.
import type { Hono } from 'hono'
import type { ReadinessGauges } from '../../../../snippets/safe-api-calls/production-architecture/readiness.ts'

export function registerProbes(app: Hono, g: ReadinessGauges): Hono {
  // TODO: GET /ready -> 503 'overloaded' (0 available and > 80 waiting), 503 'high errors'
  // (error rate > 0.5), else 200 'ready'. GET /health -> 200 'alive', always.
  void g
  return app
}
