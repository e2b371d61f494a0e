import { describe, expect, it } from 'vitest'
import { clusterCeiling, localRateFor } from './sizeThePod.ts'

describe('size the pod', () => {
  it('50 permits at 30 s average latency with 0.8 headroom: 80 per minute', () => {
    expect(localRateFor({ permits: 50, avgLatencyMs: 30_000, safety: 0.8 })).toBeCloseTo(80, 6)
    expect(localRateFor({ permits: 20, avgLatencyMs: 2_000, safety: 0.7 })).toBeCloseTo(420, 6)
  })

  it('10 pods x 1 process x 500/min: 5,000 per minute at the vendor', () => {
    expect(clusterCeiling({ pods: 10, processesPerPod: 1, perProcessLimit: 500 })).toEqual({ pods: 10, perMinute: 5_000 })
    expect(clusterCeiling({ pods: 10, processesPerPod: 4, perProcessLimit: 500 }).perMinute).toBe(20_000)
  })

  it('a rollout of 10 + 5 surge pods runs 15 pods', () => {
    expect(clusterCeiling({ pods: 10, processesPerPod: 1, perProcessLimit: 80, surgePods: 5 })).toEqual({ pods: 15, perMinute: 1_200 })
  })

  it.each([0.5, 0.95, 1, 0])('rejects a safety margin of %d with a helpful message', (safety) => {
    expect(() => localRateFor({ permits: 50, avgLatencyMs: 30_000, safety })).toThrow(/0\.7.*0\.9/)
  })
})
