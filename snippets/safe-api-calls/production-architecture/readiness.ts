// Readiness from real saturation signals, liveness independent of it. Routes read gauges only:
// a probe must never call the vendor or Redis. Browser-runnable (Hono only).
import type { Env, Hono } from 'hono'

/** What /ready reads: the pod's semaphore and a recent error rate (advanced-patterns grows this into LocalMetrics). */
export interface ReadinessGauges {
  permits: { readonly available: number, readonly waiting: number }
  metrics: { errorRate: () => number }
}

// #region saturation
export const READY_RULES = { maxWaiting: 80, maxErrorRate: 0.5 } // the guide's numbers

export type Readiness = { ready: true } | { ready: false, status: 'overloaded' | 'high errors' }

export function readiness(g: ReadinessGauges, rules = READY_RULES): Readiness {
  if (g.permits.available === 0 && g.permits.waiting > rules.maxWaiting)
    return { ready: false, status: 'overloaded' } // every slot taken and a long queue behind it
  if (g.metrics.errorRate() > rules.maxErrorRate)
    return { ready: false, status: 'high errors' }
  return { ready: true }
}
// #endregion saturation

// #region readyRoute
/** Failing readiness removes the pod from the Service; it is NOT restarted. */
export function registerReadyRoute<E extends Env>(app: Hono<E>, g: ReadinessGauges, rules = READY_RULES) {
  return app.get('/ready', (c) => {
    const r = readiness(g, rules)
    return r.ready ? c.json({ status: 'ready' }) : c.json({ status: r.status }, 503)
  })
}
// #endregion readyRoute

// #region healthRoute
/** Liveness: "is the process alive?" Never tied to load, or overload becomes a restart loop. */
export function registerHealthRoute<E extends Env>(app: Hono<E>): Hono<E> {
  return app.get('/health', c => c.json({ status: 'alive' }))
}
// #endregion healthRoute

/** Outcomes of the last `windowMs`: the error rate readiness reads. Injected clock for tests. */
export class ErrorRateWindow {
  readonly #windowMs: number
  readonly #now: () => number
  #events: { at: number, failed: boolean }[] = []
  constructor(windowMs = 60_000, now: () => number = () => performance.now()) {
    this.#windowMs = windowMs
    this.#now = now
  }

  record(failed: boolean): void { this.#events.push({ at: this.#now(), failed }) }

  errorRate(): number {
    const since = this.#now() - this.#windowMs
    this.#events = this.#events.filter(e => e.at > since)
    return this.#events.length === 0 ? 0 : this.#events.filter(e => e.failed).length / this.#events.length
  }
}
