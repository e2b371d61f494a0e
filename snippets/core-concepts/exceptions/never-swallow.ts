// An empty catch turns a failure into silence: stale data plus a lost debugging signal.
// Continuing after a failure is fine when it is a decision, and a decision leaves a trace.

/** The slice of a pino logger the refresher needs. */
export interface WarnLogger {
  warn(fields: { err: unknown }, msg: string): void
}

type Fetch = () => Promise<void>

// #region bad-good
// BAD: nobody will ever know the prices are stale
export async function refreshPricesBad(fetchPrices: Fetch): Promise<void> {
  try {
    await fetchPrices()
  }
  catch {}          // ESLint no-empty; same bug: promise.catch(() => {})
}

// GOOD: continue on purpose, and say so
export async function refreshPrices(fetchPrices: Fetch, log: WarnLogger) {
  try {
    await fetchPrices()
  }
  catch (err) {
    log.warn({ err }, 'price refresh failed; serving cached prices')
  }
}
// #endregion bad-good
