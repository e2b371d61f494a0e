// Solution: shed the free tier first. See README.md.
import type { Semaphore } from '../../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'

export type Tier = 'free' | 'pro' | 'premium'

export interface Gauges {
  permitsInUse: number
  permits: number
  waiting: number
  queueBound: number
  loopDelayMs: number // event-loop delay; 100 ms counts as saturated
}

export interface Refusal { status: 429, retryAfterMs: number }

/** The worst of the three ratios, clamped to 0..1. */
export function pressure(g: Gauges): number {
  const ratios = [g.permitsInUse / g.permits, g.waiting / g.queueBound, g.loopDelayMs / 100]
  return Math.min(1, Math.max(0, ...ratios.filter(Number.isFinite)))
}

/** Above 0.9 only premium is served; above 0.7 the free tier is refused. */
export function shouldShed(tier: Tier, p: number): Refusal | undefined {
  if (p > 0.9 && tier !== 'premium') return { status: 429, retryAfterMs: 5_000 }
  if (p > 0.7 && tier === 'free') return { status: 429, retryAfterMs: 2_000 }
  return undefined
}

export interface HandlerDeps {
  gauges: () => Gauges
  userLimit: (userId: string) => Promise<void> // Redis: costs a round trip
  semaphore: Semaphore
  work: () => Promise<string>
}

export async function handle(user: { id: string, tier: Tier }, deps: HandlerDeps): Promise<Response> {
  const refusal = shouldShed(user.tier, pressure(deps.gauges())) // the cheapest refusal: first
  if (refusal)
    return new Response(null, { status: refusal.status, headers: { 'retry-after': String(Math.ceil(refusal.retryAfterMs / 1_000)) } })
  await deps.userLimit(user.id)
  using _permit = await deps.semaphore.acquire()
  return new Response(await deps.work())
}
