// Python shields cleanup from cancellation; JS has no task cancellation, only signals. The risk in
// Node is the opposite one: cleanup that hangs and holds the response hostage. So cleanup gets its
// OWN short deadline (never the request's, already aborted, signal) and runs after the answer.
// Browser-runnable.
import { DeadlineExceededError } from '../call-patterns/errors.ts'
import { deadline } from '../concurrency-and-timeouts/deadline.ts'

export class CleanupTimeoutError extends Error {
  override readonly name = 'CleanupTimeoutError'
}

export type CleanupLog = (event: string, fields: Record<string, unknown>) => void

/** Runs `task` with its own deadline; never throws, never takes longer than `ms`. */
export async function boundedCleanup(task: (signal: AbortSignal) => Promise<void>, log: CleanupLog, ms = 200): Promise<void> {
  using own = deadline(ms, () => new CleanupTimeoutError()) // a fresh clock, no parent
  const cut = new Promise<never>((_, reject) => own.signal.addEventListener('abort', () => reject(own.signal.reason), { once: true }))
  try { await Promise.race([task(own.signal), cut]) } // a task that ignores its signal is cut anyway
  catch (err) { log('cleanup_failed', { error: err instanceof Error ? err.name : 'unknown' }) }
}

export interface SlaMetrics { recordSlaViolation: (route: string, signal: AbortSignal) => Promise<void> }

// #region finallyWithOwnDeadline
export async function withSla<T>(route: string, slaMs: number,
  work: (signal: AbortSignal) => Promise<T>, metrics: SlaMetrics, log: CleanupLog): Promise<T> {
  using sla = deadline(slaMs, () => new DeadlineExceededError())
  try {
    return await work(sla.signal)
  }
  finally {
    if (sla.signal.reason instanceof DeadlineExceededError) // fire and forget: the answer goes out now
      void boundedCleanup(s => metrics.recordSlaViolation(route, s), log) // own clock, catches its errors
  }
}
// #endregion finallyWithOwnDeadline
