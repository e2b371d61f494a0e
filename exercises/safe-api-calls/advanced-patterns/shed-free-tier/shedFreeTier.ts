// Exercise: shed the free tier first. See README.md.
import type { Semaphore } from '../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'

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
  return 0 // TODO
}

/** Above 0.9 only premium is served; above 0.7 the free tier is refused. */
export function shouldShed(tier: Tier, p: number): Refusal | undefined {
  return undefined // TODO
}

export interface HandlerDeps {
  gauges: () => Gauges
  userLimit: (userId: string) => Promise<void> // Redis: costs a round trip
  semaphore: Semaphore
  work: () => Promise<string>
}

export async function handle(user: { id: string, tier: Tier }, deps: HandlerDeps): Promise<Response> {
  // TODO: shed here, before anything else, with a Retry-After header (whole seconds)
  await deps.userLimit(user.id)
  using _permit = await deps.semaphore.acquire()
  return new Response(await deps.work())
}
