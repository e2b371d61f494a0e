// A cluster-wide vendor limiter: a sliding-window log in Redis, checked and updated by ONE atomic
// Lua script, with unique members and Redis's own clock. Every pod shares the key; nothing else.
// Node only (ioredis). The production library version is rlfGlobalLimiter.ts.
import type { Redis } from 'ioredis'
import { abortableSleep } from '../call-patterns/backoff.ts'
import { VendorQuotaExceededError } from '../call-patterns/errors.ts'
import { deadline } from '../concurrency-and-timeouts/deadline.ts'

// #region slidingWindowScript
// KEYS[1] window key; ARGV: limit, window ms, unique member. Returns {admitted, ms until a slot, now}.
export const SLIDING_WINDOW_LUA = `
local t = redis.call('TIME')                     -- one clock for every pod
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])      -- check and add in one step
  redis.call('PEXPIRE', KEYS[1], window + 10000)
  return {1, 0, now}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, tonumber(oldest[2]) + window - now, now} -- when the oldest entry leaves
`
// #endregion slidingWindowScript

/** The section contract every vendor limiter meets (this one, rate-limiter-flexible, a fake). */
export interface VendorLimiter {
  acquire: (signal: AbortSignal) => Promise<void>
}

export interface GlobalLimiterOptions {
  redis: Redis // this pod's own connection
  key: string // the SAME string in every pod, e.g. vendor:rate:openai
  limit: number // the vendor contract, exactly
  windowMs: number
  maxWaitMs?: number // acquire(signal) waits at most this long (guide: 3 s inside a 5 s queue)
  rand?: () => number // wake-up jitter, injected in tests
}

/** `atMs` is Redis's clock at the decision: the one timeline every pod shares. */
export type Admission = { admitted: true, atMs: number } | { admitted: false, retryAfterMs: number, atMs: number }

export class GlobalVendorLimiter implements VendorLimiter {
  readonly #o: Required<GlobalLimiterOptions>
  constructor(options: GlobalLimiterOptions) {
    this.#o = { maxWaitMs: 3_000, rand: Math.random, ...options }
  }

  // #region acquire
  /** Instant yes or no: one round trip, never waits. */
  async tryAcquire(): Promise<Admission> {
    const { redis, key, limit, windowMs } = this.#o
    // unique: two calls in the same ms are two members
    const member = `${Date.now()}-${crypto.randomUUID()}`
    const reply = await redis.eval(
      SLIDING_WINDOW_LUA, 1, key, limit, windowMs, member)
    const valid = Array.isArray(reply)
      && reply.every(n => typeof n === 'number')
    if (!valid)
      throw new TypeError(`unexpected reply: ${JSON.stringify(reply)}`)
    const [admitted, waitMs, atMs] = reply as number[]
    if (admitted === 1)
      return { admitted: true, atMs: atMs! }
    const retryAfterMs = Math.max(1, waitMs!)
    return { admitted: false, retryAfterMs, atMs: atMs! }
  }
  // #endregion acquire

  // #region waitAndAcquire
  /** Waits for a slot within `budgetMs` (and the caller's signal); never polls. */
  async waitAndAcquire(budgetMs: number, signal?: AbortSignal): Promise<void> {
    using budget = deadline(budgetMs, () => new VendorQuotaExceededError(budgetMs), signal)
    for (;;) {
      budget.signal.throwIfAborted() // a departed caller spends no slot
      const admission = await this.tryAcquire()
      if (admission.admitted)
        return
      const wake = admission.retryAfterMs + this.#o.rand() * 20 // waiting pods wake apart
      if (wake >= budget.remaining()) // no slot frees in time: fail now, with the real hint
        throw new VendorQuotaExceededError(admission.retryAfterMs)
      await abortableSleep(wake, budget.signal)
    }
  }

  /** The section contract: the gold path waits at most maxWaitMs inside its queue phase. */
  acquire(signal: AbortSignal): Promise<void> {
    return this.waitAndAcquire(this.#o.maxWaitMs, signal)
  }
  // #endregion waitAndAcquire
}
