import { describe, expect, it } from 'vitest'
import { adaptiveLoop, computeRetryBudget, retriesAllowed, type RetrySignals } from '../../../snippets/safe-api-calls/advanced-patterns/adaptiveRetry.ts'

const healthy: RetrySignals = { breakerOpen: false, avgQueueWaitMs: 100, pressure: 0.3, errorRate: 0 }

describe('adaptiveRetry: a retry budget from local signals', () => {
  it.each([
    [{ breakerOpen: true }, 0],
    [{ avgQueueWaitMs: 2_100 }, 0],
    [{ pressure: 0.95 }, 0],
    [{ errorRate: 0.6 }, 1],
    [{ errorRate: 0.3 }, 2],
    [{}, 3],
  ] as const)('%o -> %i', (change, expected) => {
    expect(computeRetryBudget({ ...healthy, ...change })).toBe(expected)
  })

  it('the gold path caps a healthy 3 at the baseline 2', () => {
    expect(retriesAllowed(healthy)).toBe(2)
    expect(retriesAllowed({ ...healthy, errorRate: 0.6 })).toBe(1)
  })

  it('stops at once when the breaker opens between attempts', async () => {
    let breakerOpen = false
    let vendorCalls = 0
    const result = adaptiveLoop(async () => {
      vendorCalls++
      breakerOpen = true // the fleet opened the breaker while this attempt failed
      throw new Error('503')
    }, () => ({ ...healthy, breakerOpen }), () => true)
    await expect(result).rejects.toThrow('503')
    expect(vendorCalls).toBe(1)
  })

  it('retries up to the budget, then gives up', async () => {
    let calls = 0
    await expect(adaptiveLoop(async () => { calls++; throw new Error('x') }, () => healthy, () => true)).rejects.toThrow('x')
    expect(calls).toBe(3)
    calls = 0
    await expect(adaptiveLoop(async (n) => { calls++; if (n < 1) throw new Error('x'); return 'ok' }, () => healthy, () => true)).resolves.toBe('ok')
    expect(calls).toBe(2)
  })
})
