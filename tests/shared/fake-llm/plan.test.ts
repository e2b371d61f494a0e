// The plan's pure parts: validation, seeded randomness, latency sampling.
import { describe, expect, it } from 'vitest'
import { createRandom, faultPlanSchema, hashSeed, parseFaultPlan, sampleLatency } from '../../../snippets/shared/fake-llm/plan.ts'

describe('parseFaultPlan', () => {
  it('accepts every documented knob', () => {
    const plan = parseFaultPlan(JSON.stringify({
      latencyMs: { p50: 100, p95: 300, p99: 900 },
      statuses: [503, 503, 200],
      steps: [{ latencyMs: 1000 }, { reset: 'before-headers' }, { reset: { afterBytes: 10 }, resetHard: false }],
      sequenceBy: 'scenario',
      errorRate: 0.1,
      errorStatus: 502,
      burst: { every: 10, length: 3, status: 503 },
      retryAfter: { seconds: 2, format: 'http-date' },
      retryAfterMs: 150,
      maxConcurrent: 5,
      rateLimit: { limit: 20, windowMs: 1000 },
      bodyStallAfterBytes: 0,
      chunks: 20,
      ttftMs: 50,
      gapMs: { ms: 20, jitterMs: 5 },
      stallAfterChunks: 3,
      multibyte: true,
      splitEvents: true,
      padBytes: 16_384,
    }))
    expect(plan.statuses).toEqual([503, 503, 200])
    expect(faultPlanSchema.parse(plan)).toEqual(plan)
  })

  it('rejects garbage with a message naming the problem', () => {
    expect(() => parseFaultPlan('{not json')).toThrow(/not valid JSON/)
    expect(() => parseFaultPlan('{"latency":5}')).toThrow(/latency/)
    expect(() => parseFaultPlan('{"status":99}')).toThrow(/status/)
    expect(() => parseFaultPlan('{"errorRate":2}')).toThrow(/errorRate/)
    expect(() => parseFaultPlan('{"reset":"later"}')).toThrow(/reset/)
  })
})

describe('seeded randomness', () => {
  it('createRandom repeats for a seed and differs between seeds', () => {
    const take = (seed: number) => Array.from({ length: 5 }, createRandom(seed))
    expect(take(1)).toEqual(take(1))
    expect(take(1)).not.toEqual(take(2))
    expect(take(1).every(x => x >= 0 && x < 1)).toBe(true)
  })

  it('hashSeed is stable and separates its parts', () => {
    expect(hashSeed(1, 'a')).toBe(hashSeed(1, 'a'))
    expect(hashSeed(1, 'ab')).not.toBe(hashSeed(1, 'a', 'b'))
  })
})

describe('sampleLatency', () => {
  const quantile = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))] ?? Number.NaN

  it('fixed and jittered values', () => {
    const rand = createRandom(3)
    expect(sampleLatency(undefined, rand)).toBe(0)
    expect(sampleLatency(250, rand)).toBe(250)
    const jittered = Array.from({ length: 1000 }, () => sampleLatency({ ms: 100, jitterMs: 20 }, rand))
    expect(Math.min(...jittered)).toBeGreaterThanOrEqual(80)
    expect(Math.max(...jittered)).toBeLessThanOrEqual(120)
    expect(Math.max(...jittered) - Math.min(...jittered)).toBeGreaterThan(35)
  })

  it('a percentile profile reproduces its p50, p95 and p99', () => {
    const rand = createRandom(11)
    const spec = { p50: 200, p95: 800, p99: 2000 }
    const xs = Array.from({ length: 20_000 }, () => sampleLatency(spec, rand)).sort((a, b) => a - b)
    expect(quantile(xs, 0.5)).toBeGreaterThan(190)
    expect(quantile(xs, 0.5)).toBeLessThan(210)
    expect(quantile(xs, 0.95)).toBeGreaterThan(770)
    expect(quantile(xs, 0.95)).toBeLessThan(830)
    expect(quantile(xs, 0.99)).toBeGreaterThan(1900)
    expect(quantile(xs, 0.99)).toBeLessThan(2100)
    expect(xs[0]).toBeGreaterThanOrEqual(100) // min defaults to p50 / 2
    expect(xs.at(-1)).toBeLessThanOrEqual(3200) // max defaults to p99 + (p99 - p95)
  })
})
