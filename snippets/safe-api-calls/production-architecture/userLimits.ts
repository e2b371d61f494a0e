// Layer 4, application fairness: per-tier and per-endpoint limits that need identity, shared by
// every pod through Redis (rate-limiter-flexible, fixed windows, atomic increments). Node only.
import type { Context, MiddlewareHandler } from 'hono'
import type { Redis } from 'ioredis'
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

export type Tier = 'free' | 'pro' | 'enterprise'
export const TIER_LIMITS: Record<Tier, number> = { free: 10, pro: 100, enterprise: 1_000 } // per window
export const ENDPOINT_LIMITS: Record<string, number> = { '/chat': 20, '/search': 100, '/analyze': 5 }

export interface LimitOptions { prefix: string, windowSec?: number } // production: 60 s windows

const limiter = (redis: Redis, keyPrefix: string, points: number, duration: number) => new RateLimiterRedis({
  storeClient: redis, // created with enableOfflineQueue: false: commands fail at once while Redis is down
  keyPrefix, points, duration, rejectIfRedisNotReady: true,
})

// #region tierLimiters
export function tierLimiters(redis: Redis, o: LimitOptions, limits = TIER_LIMITS) {
  const make = (t: Tier) => limiter(redis, `${o.prefix}:tier:${t}`, limits[t], o.windowSec ?? 60)
  return { free: make('free'), pro: make('pro'), enterprise: make('enterprise') }
}
// #endregion tierLimiters

// #region endpointLimiters
export function endpointLimiters(redis: Redis, o: LimitOptions, limits = ENDPOINT_LIMITS) {
  const make = (path: string, points: number) => limiter(redis, `${o.prefix}:endpoint:${path}`, points, o.windowSec ?? 60)
  return new Map(Object.entries(limits).map(([path, points]) => [path, make(path, points)]))
}
// #endregion endpointLimiters

export interface User { id: string, tier: string } // tier as stored: may be unknown or stale

const headers = (limit: number, r: RateLimiterRes) => ({
  'x-ratelimit-limit': String(limit),
  'x-ratelimit-remaining': String(Math.max(0, r.remainingPoints)),
  'x-ratelimit-reset': String(Math.ceil(r.msBeforeNext / 1_000)), // seconds until the window frees
})

// #region userLimitMiddleware
export function userLimitMiddleware(tiers: Record<Tier, RateLimiterRedis>,
  endpoints: Map<string, RateLimiterRedis>, userOf: (c: Context) => User): MiddlewareHandler {
  return async (c, next) => {
    const user = userOf(c)
    const tier = user.tier in tiers ? tiers[user.tier as Tier] : tiers.free // unknown tier: the smallest
    const checks = [tier, endpoints.get(c.req.path)].filter(l => l !== undefined)
    for (const l of checks) {
      const r = await l.consume(user.id).catch((e: unknown) => e) // one Redis round trip, atomic
      if (!(r instanceof RateLimiterRes)) // Redis unreachable: fail CLOSED, never queue
        return c.json({ error: 'limiter_unavailable' }, 503, { 'retry-after': '1' })
      for (const [k, v] of Object.entries(headers(l.points, r))) c.header(k, v) // the last check's wins
      if (r.consumedPoints > l.points) // seconds until the window frees, at least 1
        return c.json({ error: 'rate_limited' }, 429, { 'retry-after': String(Math.max(1, Math.ceil(r.msBeforeNext / 1e3))) })
    }
    await next()
  }
}
// #endregion userLimitMiddleware
