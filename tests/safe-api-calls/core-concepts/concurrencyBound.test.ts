import { describe, expect, it } from 'vitest'
import { actualMax, expectedInFlight, simulateInFlight, transportCeiling } from '../../../snippets/safe-api-calls/core-concepts/concurrencyBound.ts'

describe('the envelope formulas', () => {
  it('expected in-flight is rate x timeout, plus the burst', () => {
    expect(expectedInFlight(1, 30_000)).toBe(30) // the guide's number
    expect(expectedInFlight(1, 30_000, 1)).toBe(31) // the kit's precise bound
    expect(expectedInFlight(8, 300, 8)).toBeCloseTo(10.4)
  })

  it('the actual maximum is the smaller of the socket ceiling and the permits', () => {
    expect(actualMax({ connections: 50, permits: 50 })).toBe(50)
    expect(actualMax({ connections: 10, permits: 50 })).toBe(10)
    const h2 = { connections: 2, permits: 50, h2Streams: 100 }
    expect(transportCeiling(h2)).toBe(200)
    expect(actualMax(h2)).toBe(50)
  })
})

describe('simulateInFlight', () => {
  const hanging = () => Number.POSITIVE_INFINITY // every attempt times out: the worst case
  const base = { ratePerSec: 10, burst: 5, timeoutMs: 1000, durationMs: 10_000, latencyMs: hanging }
  const bound = base.burst + Math.ceil(base.ratePerSec * base.timeoutMs / 1000)

  it('retries routed through the same bucket never exceed B + ceil(R x T)', () => {
    const { maxInFlight, started } = simulateInFlight({ ...base, retries: 'through-limiter' })
    expect(maxInFlight).toBeLessThanOrEqual(bound)
    expect(maxInFlight).toBeGreaterThanOrEqual(bound - 1) // the bound is tight, not loose
    expect(started).toBeGreaterThan(100)
  })

  it('retries that bypass the bucket overshoot the bound', () => {
    const { maxInFlight } = simulateInFlight({ ...base, retries: 'bypass-limiter' })
    expect(maxInFlight).toBeGreaterThan(bound)
    expect(maxInFlight).toBeGreaterThanOrEqual(1.5 * base.ratePerSec * base.timeoutMs / 1000)
  })

  it('fast calls keep in-flight far below the bound', () => {
    const { maxInFlight } = simulateInFlight({ ...base, latencyMs: () => 50, retries: 'through-limiter' })
    expect(maxInFlight).toBe(base.burst) // only the opening burst overlaps
  })
})
