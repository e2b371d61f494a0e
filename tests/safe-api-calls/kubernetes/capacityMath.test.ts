import { describe, expect, it } from 'vitest'
import {
  againstContract, fleetTotal, localRatePerMin, podThroughputPerSec,
} from '../../../snippets/safe-api-calls/kubernetes/capacityMath.ts'

describe('capacityMath: the guide numbers, computed', () => {
  it('50 permits / 30 s = 1.67/s = 100/min', () => {
    expect(podThroughputPerSec(50, 30_000)).toBeCloseTo(1.667, 3)
    expect(podThroughputPerSec(50, 30_000) * 60).toBeCloseTo(100, 9)
  })

  it('with a 0.8 safety margin: 80/min', () => {
    expect(localRatePerMin(50, 30_000, 0.8)).toBeCloseTo(80, 9)
  })

  it('10 pods x 500 = 5,000/min; 10 x 4 workers x 500 = 20,000/min', () => {
    expect(fleetTotal({ pods: 10, processesPerPod: 1, perProcess: 500 })).toBe(5_000)
    expect(fleetTotal({ pods: 10, processesPerPod: 4, perProcess: 500 })).toBe(20_000)
  })

  it('HPA: 10 x 80 = 800 and 20 x 80 = 1,600, both flagged against a 500 contract', () => {
    expect(againstContract({ pods: 10, processesPerPod: 1, perProcess: 80 }, 500)).toEqual({ total: 800, exceeds: true, factor: 1.6 })
    expect(againstContract({ pods: 20, processesPerPod: 1, perProcess: 80 }, 500)).toEqual({ total: 1_600, exceeds: true, factor: 3.2 })
    expect(againstContract({ pods: 5, processesPerPod: 1, perProcess: 80 }, 500).exceeds).toBe(false)
  })

  it('a rollout of 10 + 5 surge pods counts 15 pods', () => {
    expect(fleetTotal({ pods: 10, processesPerPod: 1, perProcess: 1, surgePods: 5 })).toBe(15)
    expect(fleetTotal({ pods: 10, processesPerPod: 1, perProcess: 500, surgePods: 5 })).toBe(7_500)
  })

  it('sockets: 10 pods x 2 processes x 50 connections = 1,000 open to the vendor', () => {
    expect(fleetTotal({ pods: 10, processesPerPod: 2, perProcess: 50 })).toBe(1_000)
  })

  it('rejects invalid inputs with clear errors', () => {
    expect(() => podThroughputPerSec(50, 0)).toThrow('avgLatencyMs must be a positive number, got 0')
    expect(() => podThroughputPerSec(-1, 100)).toThrow('permits must be a positive number, got -1')
    expect(() => localRatePerMin(50, 30_000, 1.2)).toThrow('safety margin must be in (0, 1], typically 0.7-0.9; got 1.2')
    expect(() => localRatePerMin(50, 30_000, 0)).toThrow(RangeError)
    expect(() => fleetTotal({ pods: 0, processesPerPod: 1, perProcess: 500 })).toThrow('pods must be a positive number, got 0')
    expect(() => fleetTotal({ pods: 10, processesPerPod: 1, perProcess: 500, surgePods: -2 })).toThrow('surgePods must be a whole number >= 0, got -2')
    expect(() => againstContract({ pods: 1, processesPerPod: 1, perProcess: 1 }, Number.NaN)).toThrow('contractPerMin')
  })
})
