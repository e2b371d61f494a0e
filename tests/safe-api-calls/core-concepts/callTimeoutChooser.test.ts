import { describe, expect, it } from 'vitest'
import { cutFraction, percentiles } from '../../../snippets/safe-api-calls/core-concepts/callTimeoutChooser.ts'

/** 1,000 latencies (ms) shaped like the guide's example: p95 = 18 s, p99 = 25 s. */
function craftedSample(): number[] {
  const sample: number[] = []
  for (let i = 1; i <= 1000; i++) {
    if (i <= 500) sample.push(2000 + i * 4) // fast half: 2-4 s
    else if (i <= 950) sample.push(4000 + (i - 500) * (14_000 / 450)) // up to 18 s at rank 950
    else if (i <= 990) sample.push(20_000 + (i - 950) * 125) // 20-25 s, 25 s at rank 990
    else if (i <= 995) sample.push(28_000)
    else sample.push(40_000) // five stragglers beyond any sane budget
  }
  return sample.reverse() // unsorted input: the functions must sort it themselves
}

describe('callTimeoutChooser', () => {
  it('reports nearest-rank p50, p95 and p99', () => {
    const p = percentiles(craftedSample())
    expect(p.p95).toBeCloseTo(18_000, 6)
    expect(p.p99).toBe(25_000)
    expect(p.p50).toBe(4000)
  })

  it('a 30 s timeout cuts under 1%, a 20 s timeout about 5%', () => {
    const sample = craftedSample()
    expect(cutFraction(sample, 30_000)).toBeLessThan(0.01)
    expect(cutFraction(sample, 20_000)).toBeCloseTo(0.05, 2)
  })

  it('refuses an empty sample with a clear error', () => {
    expect(() => percentiles([])).toThrow('at least one latency sample')
    expect(() => cutFraction([], 1000)).toThrow('at least one latency sample')
  })
})
