// The production vendor limiter: rate-limiter-flexible's RateLimiterRedis (atomic Lua increments)
// shared by every pod, a deadline-bounded wait on top, and an explicit policy for Redis outages.
// Node only (ioredis).
import type { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import { abortableSleep } from '../call-patterns/backoff.ts'
import { LimiterUnavailableError, VendorQuotaExceededError } from '../call-patterns/errors.ts'
import { deadline } from '../concurrency-and-timeouts/deadline.ts'

export interface VendorContract {
  vendor: string // part of the key prefix: one limiter per vendor, unique per test
  points: number // requests allowed per window: the contract, exactly
  durationSec: number // fixed window, starting at the key's first hit
}

// #region rateLimiterRedis
export function createRlfVendorLimiter(
  redis: Redis, c: VendorContract,
): RateLimiterRedis {
  return new RateLimiterRedis({
    // create it with enableOfflineQueue: false (fail fast when down)
    storeClient: redis,
    keyPrefix: `vendor-rlf:${c.vendor}`,
    points: c.points,
    duration: c.durationSec,
    // reject at once while reconnecting, never wait in a queue
    rejectIfRedisNotReady: true,
  })
}
// #endregion rateLimiterRedis

// #region consumeWithDeadline
/** Consumes one point, sleeping on msBeforeNext within budgetMs;
 *  abortable; never RateLimiterQueue. */
export async function consumeWithDeadline(
  limiter: RateLimiterRedis, budgetMs: number, signal?: AbortSignal,
): Promise<void> {
  const quota = () => new VendorQuotaExceededError(budgetMs)
  using budget = deadline(budgetMs, quota, signal)
  for (;;) {
    budget.signal.throwIfAborted()
    const refusal = await limiter.consume('calls')
      .then(() => undefined, storeFailure)
    if (!refusal)
      return
    const wait = refusal.msBeforeNext
    if (wait >= budget.remaining()) // the window won't turn in time
      throw new VendorQuotaExceededError(wait)
    await abortableSleep(wait + 1, budget.signal)
  }
}
// #endregion consumeWithDeadline

// #region storeDown
/** A refusal is a RateLimiterRes; anything else is the store
 *  failing: fail closed (503). */
function storeFailure(rejection: unknown): RateLimiterRes {
  if (rejection instanceof RateLimiterRes)
    return rejection
  throw new LimiterUnavailableError({ cause: rejection })
}

/** Degraded: a conservative per-pod limit while Redis is down. */
export function withInsurance(
  redis: Redis, c: VendorContract, perPodPoints: number,
): RateLimiterRedis {
  const duration = c.durationSec
  const perPod = { points: perPodPoints, duration }
  return new RateLimiterRedis({
    storeClient: redis, keyPrefix: `vendor-rlf:${c.vendor}`,
    points: c.points, duration, rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(perPod),
  })
}
// #endregion storeDown
