// The shape of retry as a wrapper. A teaser only: no backoff, no jitter,
// no Retry-After, and it retries every error. Real policies (p-retry,
// cockatiel) live in safe-api-calls/call-patterns.

// #region with-retry
export function withRetry<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  { attempts }: { attempts: number },
): (...args: A) => Promise<R> {
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new RangeError(`attempts must be >= 1: ${attempts}`)
  return async function (this: unknown, ...args: A) {
    let lastError: unknown
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try { return await fn.apply(this, args) } // await!
      catch (error) { lastError = error }
    }
    const message = `${fn.name} failed ${attempts} times`
    throw new Error(message, { cause: lastError })
  }
}
// #endregion with-retry
