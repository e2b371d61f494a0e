// Ready or not: readiness follows saturation and errors; liveness only says the process runs.
import type { Hono } from 'hono'
import type { ReadinessGauges } from '../../../../../snippets/safe-api-calls/production-architecture/readiness.ts'

export function registerProbes(app: Hono, g: ReadinessGauges): Hono {
  app.get('/ready', (c) => { // gauges only: never the vendor, never Redis
    if (g.permits.available === 0 && g.permits.waiting > 80)
      return c.json({ status: 'overloaded' }, 503)
    if (g.metrics.errorRate() > 0.5)
      return c.json({ status: 'high errors' }, 503)
    return c.json({ status: 'ready' })
  })
  app.get('/health', c => c.json({ status: 'alive' })) // never tied to load
  return app
}
