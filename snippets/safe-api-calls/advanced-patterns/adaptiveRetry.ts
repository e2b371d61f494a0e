// How many retries this pod can afford right now, from LOCAL signals plus the shared breaker.
// The result only ever lowers the kit's baseline (2 retries); it never adds attempts. Browser-runnable.

export interface RetrySignals {
  breakerOpen: boolean // the shared (fleet) signal
  avgQueueWaitMs: number // localMetrics: last 50 queue waits
  pressure: number // systemPressure: 0..1
  errorRate: number // localMetrics: last 100 calls
}

/** Retries the call-patterns deck allows (3 attempts); adaptive budgets may only lower it. */
export const BASELINE_RETRIES = 2

// #region computeRetryBudget
export function computeRetryBudget(s: RetrySignals): number {
  if (s.breakerOpen) return 0 // the fleet agreed the vendor is down
  if (s.avgQueueWaitMs > 2_000) return 0 // we are the bottleneck: a retry adds to it
  if (s.pressure > 0.9) return 0 // never retry during overload
  if (s.errorRate > 0.5) return 1
  if (s.errorRate > 0.2) return 2
  return 3 // the guide's maximum ...
}
/** ... capped at the baseline: the budget only ever lowers it. */
export const retriesAllowed = (s: RetrySignals) => Math.min(BASELINE_RETRIES, computeRetryBudget(s))
// #endregion computeRetryBudget

// #region adaptiveLoop
/** Re-reads the signals before EVERY retry: a breaker that opens mid-sequence stops it at once. */
export async function adaptiveLoop<T>(
  attempt: (n: number) => Promise<T>,
  signals: () => RetrySignals,
  retryable: (err: unknown, n: number) => boolean,
): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt(n)
    }
    catch (err) {
      if (n >= retriesAllowed(signals()) || !retryable(err, n))
        throw err
    }
  }
}
// #endregion adaptiveLoop
