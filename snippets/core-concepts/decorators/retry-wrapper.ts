// The shape of retry as a wrapper. A teaser only: no backoff, no jitter,
// no Retry-After, and it retries every error. Real policies (p-retry,
// cockatiel) live in safe-api-calls/call-patterns.

// #region with-retry
export function withRetry<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  { attempts }: { attempts: number },
): (...args: A) => Promise<R> {
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new RangeError(`attempts must be a whole n >= 1, got ${attempts}`)
  return async function (this: unknown, ...args: A): Promise<R> {
    let lastError: unknown
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await fn.apply(this, args) // without await, no catch
      }
      catch (error) {
        lastError = error
      }
    }
    const name = fn.name || 'call'
    throw new Error(`${name} failed after ${attempts} attempts`,
      { cause: lastError })
  }
}
// #endregion with-retry
