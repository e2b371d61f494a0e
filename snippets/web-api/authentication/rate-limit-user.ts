// The guide's in-memory sliding-window log: per-user timestamps, 429 + Retry-After at the limit.
// Single process only; production uses Redis + rate-limiter-flexible (safe-api-calls decks).
import type { MiddlewareHandler } from 'hono'
import { RateLimitError } from '../error-responses/domain-errors.ts'
import type { AuthEnv } from './auth-chain.ts'

export interface WindowOptions { limit?: number, windowMs?: number, now?: () => number }
export type Verdict = { ok: true } | { ok: false, retryAfterSeconds: number }

// #region sliding-window
export function slidingWindow(
  { limit = 100, windowMs = 60_000, now = Date.now }: WindowOptions = {}) {
  const hits = new Map<string, number[]>()
  const prune = (t: number) => { // without this the map grows forever
    for (const [key, times] of hits) if (times.every(h => t - h >= windowMs)) hits.delete(key)
  }
  const hit = (key: string): Verdict => {
    const t = now()
    prune(t)
    const recent = (hits.get(key) ?? []).filter(h => t - h < windowMs)
    hits.set(key, recent)
    if (recent.length >= limit)
      return { ok: false, retryAfterSeconds: Math.ceil((recent[0]! + windowMs - t) / 1000) }
    recent.push(t)
    return { ok: true }
  }
  return { hit, size: () => hits.size }
}
// #endregion sliding-window

/** Per signed-in user (after currentUser): the expensive operation uses 10 per 60 s. */
export const rateLimitUser = (window = slidingWindow()): MiddlewareHandler<AuthEnv> => async (c, next) => {
  const verdict = window.hit(c.var.user.id)
  if (!verdict.ok)
    throw new RateLimitError('Rate limit exceeded', { retryAfterSeconds: verdict.retryAfterSeconds })
  await next()
}

// #region login-limit
/** By IP (one attacker) and by username (credential stuffing from many IPs), separately. */
export function loginLimiter(options: WindowOptions = { limit: 10, windowMs: 60_000 }) {
  const byIp = slidingWindow(options)
  const byUser = slidingWindow(options)
  return (ip: string, username: string): void => {
    for (const verdict of [byIp.hit(ip), byUser.hit(username)])
      if (!verdict.ok)
        throw new RateLimitError('Too many login attempts',
          { retryAfterSeconds: verdict.retryAfterSeconds })
  }
}
// #endregion login-limit
