// The same policy with production libraries: cockatiel (retry, timeout, breaker, composed with wrap)
// and p-retry. Note the off-by-one: both count RETRIES, so 2 means 3 calls. Browser-runnable.
import {
  circuitBreaker, ConsecutiveBreaker, DelegateBackoff, handleWhen, retry, TaskCancelledError, timeout,
  TimeoutStrategy, wrap,
} from 'cockatiel'
import pRetry, { AbortError } from 'p-retry'
import { type BackoffOptions, fullJitter } from './backoff.ts'
import { classify, unwrap } from './classify.ts'
import { UpstreamHttpError } from './errors.ts'

export interface PolicyOptions {
  retries?: number // default 2: three calls in total
  backoff?: BackoffOptions
  rand?: () => number
}

/** Retry what the kit retries; a cockatiel per-attempt timeout counts as a call timeout. */
const isRetryable = (err: unknown) => err instanceof TaskCancelledError || classify(err, 0).action !== 'stop'

// #region retryPolicy
export function retryPolicy(
  { retries = 2, backoff = { baseMs: 128, capMs: 30_000 }, rand }: PolicyOptions = {},
) {
  return retry(handleWhen(isRetryable), {
    maxAttempts: retries, // counts RETRIES: 2 means 3 calls
    // (ExponentialBackoff would default to 128 ms initial, 30 s max, decorrelated jitter)
    backoff: new DelegateBackoff((ctx) => {
      const err = 'error' in ctx.result ? unwrap(ctx.result.error) : undefined
      if (err instanceof UpstreamHttpError && err.retryAfterMs !== undefined)
        return err.retryAfterMs // the vendor's advice wins
      return fullJitter(ctx.attempt - 1, backoff, rand) // ctx.attempt starts at 1
    }),
  })
}
// #endregion retryPolicy

// #region wrapOrder
/** retry OUTSIDE timeout: every attempt gets its own `ms` (the kit's per-attempt deadline). */
export const perAttemptTimeout = (ms: number, o?: PolicyOptions) =>
  wrap(retryPolicy(o), timeout(ms, TimeoutStrategy.Aggressive))

/** timeout OUTSIDE retry: one `ms` for the whole sequence, sleeps included (a total budget). */
export const totalTimeout = (ms: number, o?: PolicyOptions) =>
  wrap(timeout(ms, TimeoutStrategy.Aggressive), retryPolicy(o))
// #endregion wrapOrder

// #region breakerPolicy
/** In-process only (one per pod): opens after 5 vendor
 *  faults, probes once after `halfOpenMs`. */
export const breakerPolicy = (halfOpenMs = 30_000) =>
  circuitBreaker(
    // 4xx, 429 and our own errors do not count
    handleWhen(err => classify(err, 0).vendorFault),
    {
      halfOpenAfter: halfOpenMs,
      breaker: new ConsecutiveBreaker(5),
    },
  )
// #endregion breakerPolicy

// #region pRetryEquivalent
/** p-retry, one function: `retries: 2` = 3 calls; AbortError stops at once; no Retry-After. */
export function withPRetry<T>(
  fn: (signal: AbortSignal) => Promise<T>, signal: AbortSignal, o: PolicyOptions = {},
): Promise<T> {
  return pRetry(async () => {
    try {
      return await fn(signal)
    }
    catch (err) {
      if (!isRetryable(err)) // 4xx, overload, our own clocks: no retries spent on them
        throw new AbortError(err instanceof Error ? err : new Error(String(err)))
      throw err
    }
  }, { retries: o.retries ?? 2, factor: 2, randomize: true, signal,
    minTimeout: o.backoff?.baseMs ?? 128, maxTimeout: o.backoff?.capMs ?? 30_000 })
}
// #endregion pRetryEquivalent
