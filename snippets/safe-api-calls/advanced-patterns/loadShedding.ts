// Load shedding: this pod refuses early, before any other layer spends anything. Three rules,
// each a pure function of local gauges; every refusal carries Retry-After. Browser-runnable.
import { LoadShedError } from '../call-patterns/errors.ts'

export type Tier = 'free' | 'pro' | 'premium'

// #region queueLengthShed
export function queueLengthShed(waiting: number, maxWaiting = 100): LoadShedError | undefined {
  return waiting > maxWaiting ? new LoadShedError(429, 1_000) : undefined // "queue full"
}
// #endregion queueLengthShed

// #region latencyShed
export function latencyShed(p95Ms: number, slaMs: number): LoadShedError | undefined {
  return p95Ms > 0.9 * slaMs ? new LoadShedError(503, 5_000) : undefined // "temporarily overloaded"
}
// #endregion latencyShed

// #region tierShed
export function tierShed(tier: Tier, pressure: number): LoadShedError | undefined {
  if (pressure > 0.9 && tier !== 'premium') return new LoadShedError(429, 5_000) // only premium served
  if (pressure > 0.7 && tier === 'free') return new LoadShedError(429, 2_000) // free tier refused
  return undefined
}

export interface ShedInputs { waiting: number, p95Ms: number, slaMs: number, tier: Tier, pressure: number }

/** Throws the first refusal; called before the user limiter, breaker, limiters and semaphore. */
export function shed(i: ShedInputs): void {
  const refusal = queueLengthShed(i.waiting) ?? latencyShed(i.p95Ms, i.slaMs)
    ?? tierShed(i.tier, i.pressure)
  if (refusal) throw refusal
}
// #endregion tierShed
