import { describe, expect, it, vi } from 'vitest'
import { Semaphore } from '../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { handle, pressure, shouldShed, type Tier } from './shedFreeTier.ts'

const gaugesAt = (p: number) => ({ permitsInUse: Math.round(p * 100), permits: 100, waiting: 0, queueBound: 100, loopDelayMs: 0 })

describe('shed the free tier', () => {
  it('pressure is the worst ratio, clamped to 0..1', () => {
    expect(pressure(gaugesAt(0))).toBe(0)
    expect(pressure(gaugesAt(0.75))).toBe(0.75)
    expect(pressure({ ...gaugesAt(0.1), waiting: 80 })).toBe(0.8)
    expect(pressure({ ...gaugesAt(0.1), loopDelayMs: 90 })).toBe(0.9)
    expect(pressure({ ...gaugesAt(0), waiting: 500 })).toBe(1)
  })

  it.each([
    [0.65, { free: 200, pro: 200, premium: 200 }],
    [0.75, { free: 429, pro: 200, premium: 200 }],
    [0.95, { free: 429, pro: 429, premium: 200 }],
  ] as const)('pressure %d: statuses per tier, refusals with Retry-After, the semaphore untouched when shed', async (p, expected) => {
    for (const tier of ['free', 'pro', 'premium'] as Tier[]) {
      const semaphore = new Semaphore(2)
      const acquire = vi.spyOn(semaphore, 'acquire')
      const userLimit = vi.fn(async () => {})
      const res = await handle({ id: 'u1', tier }, { gauges: () => gaugesAt(p), userLimit, semaphore, work: async () => 'ok' })
      expect(res.status).toBe(expected[tier])
      expect(shouldShed(tier, p)?.status ?? 200).toBe(expected[tier])
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(acquire).not.toHaveBeenCalled()
        expect(userLimit).not.toHaveBeenCalled()
      }
      else {
        expect(acquire).toHaveBeenCalledTimes(1)
      }
    }
  })
})
