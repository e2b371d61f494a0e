import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../snippets/safe-api-calls/call-patterns/backoff.ts'
import { percentile, simulateBalancer } from '../../../snippets/safe-api-calls/kubernetes/lbImbalance.ts'

const fleet = { pods: 5, slowPod: 0, permits: 2, fastMs: 100, slowMs: 1_000, requests: 300, everyMs: 30 }
const LIMIT = 4

describe('lbImbalance: a blind balancer over one slow pod', () => {
  it.each([1, 2, 3])('random routing without fast rejection drowns the slow pod (seed %d)', (seed) => {
    const run = simulateBalancer(fleet, seededRandom(seed))
    expect(run.maxQueue[0]).toBeGreaterThan(20)
    for (const depth of run.maxQueue.slice(1))
      expect(depth).toBeLessThan(3)
    expect(run.rejected).toBe(0)
  })

  it.each([1, 2, 3])('fast rejection plus one retry elsewhere halves p99 and bounds the queue (seed %d)', (seed) => {
    const blind = simulateBalancer(fleet, seededRandom(seed))
    const defended = simulateBalancer({ ...fleet, queueLimit: LIMIT, retryElsewhere: true }, seededRandom(seed))
    expect(defended.p99Ms).toBeLessThanOrEqual(blind.p99Ms / 2)
    expect(defended.maxQueue[0]).toBeLessThanOrEqual(LIMIT)
    expect(defended.rejected).toBeGreaterThan(0)
    expect(defended.failed).toBe(0) // every rejected request found room on another pod
  })

  it('without the retry, a rejected request fails fast instead of waiting', () => {
    const run = simulateBalancer({ ...fleet, queueLimit: LIMIT }, seededRandom(1))
    expect(run.failed).toBe(run.rejected)
    expect(run.failed).toBeGreaterThan(0)
  })

  it('percentile picks the nearest rank', () => {
    expect(percentile([], 0.99)).toBe(0)
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3)
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 0.99)).toBe(99)
  })
})
