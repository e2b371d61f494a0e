import { describe, expect, it, vi } from 'vitest'
import { LoadShedError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { latencyShed, queueLengthShed, shed, tierShed, type Tier } from '../../../snippets/safe-api-calls/advanced-patterns/loadShedding.ts'

describe('loadShedding: three rules, before any other layer', () => {
  it('more than 100 waiting -> 429', () => {
    expect(queueLengthShed(100)).toBeUndefined()
    expect(queueLengthShed(101)).toMatchObject({ status: 429 })
  })

  it('p95 above 0.9 x SLA -> 503', () => {
    expect(latencyShed(900, 1_000)).toBeUndefined()
    expect(latencyShed(901, 1_000)).toMatchObject({ status: 503 })
  })

  it.each([
    [0.65, { free: true, pro: true, premium: true }],
    [0.75, { free: false, pro: true, premium: true }],
    [0.95, { free: false, pro: false, premium: true }],
  ] as const)('pressure %d: who is served', (pressure, served) => {
    for (const tier of ['free', 'pro', 'premium'] as Tier[])
      expect(tierShed(tier, pressure) === undefined).toBe(served[tier])
  })

  it('every refusal carries a Retry-After', () => {
    for (const refusal of [queueLengthShed(500), latencyShed(5_000, 1_000), tierShed('free', 0.8), tierShed('pro', 0.95)]) {
      expect(refusal).toBeInstanceOf(LoadShedError)
      expect(refusal!.retryAfterMs).toBeGreaterThan(0)
    }
  })

  it('decides before the user limiter, breaker, limiters and semaphore are touched', () => {
    const layers = { userLimit: vi.fn(), breaker: vi.fn(), limiter: vi.fn(), semaphore: vi.fn() }
    const handle = (tier: Tier, pressure: number) => {
      shed({ waiting: 0, p95Ms: 100, slaMs: 1_000, tier, pressure })
      for (const layer of Object.values(layers)) layer()
    }
    expect(() => handle('free', 0.8)).toThrow(LoadShedError)
    for (const layer of Object.values(layers)) expect(layer).toHaveBeenCalledTimes(0)
    handle('premium', 0.8)
    for (const layer of Object.values(layers)) expect(layer).toHaveBeenCalledTimes(1)
  })
})
