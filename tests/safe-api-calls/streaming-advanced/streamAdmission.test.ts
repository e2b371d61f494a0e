// Stream-aware admission with the guide's limits and moving average.
import { describe, expect, it } from 'vitest'
import { StreamAdmission } from '../../../snippets/safe-api-calls/streaming-advanced/streamAdmission.ts'

describe('StreamAdmission', () => {
  it('with 50 active streams the 51st is refused', () => {
    const a = new StreamAdmission()
    for (let i = 0; i < 50; i++) expect(a.admit()).toBeDefined()
    expect(a.admit()).toBeUndefined()
    expect(a.active).toBe(50)
  })

  it('refuses a new stream when the estimate plus 20 chunks/s would pass 1,000 (990 + 20 > 1000)', () => {
    expect(new StreamAdmission(undefined, 990).admit()).toBeUndefined()
    expect(new StreamAdmission(undefined, 980).admit()).toBeDefined() // 980 + 20 = 1000: still fits
  })

  it('release after a 10 s, 200-chunk stream with 4 still active moves 100 to 98', () => {
    const a = new StreamAdmission(undefined, 100)
    const tickets = Array.from({ length: 5 }, () => a.admit()!)
    tickets[0]!.release({ chunks: 200, durationMs: 10_000 })
    expect(a.active).toBe(4)
    expect(a.estimatedChunksPerSec).toBeCloseTo(0.9 * 100 + 0.1 * (20 * 4)) // 98
    expect(a.estimatedChunksPerSec).toBeCloseTo(98)
  })

  it('never goes below 0 active: a ticket released twice counts once', () => {
    const a = new StreamAdmission()
    const t = a.admit()!
    t.release({ chunks: 1, durationMs: 1 })
    t.release({ chunks: 1, durationMs: 1 })
    expect(a.active).toBe(0)
  })

  it('100 simultaneous admissions admit exactly 50 (no await between check and increment)', async () => {
    const a = new StreamAdmission()
    const results = await Promise.all(Array.from({ length: 100 }, async () => {
      await Promise.resolve() // every caller arrives on its own microtask
      return a.admit()
    }))
    expect(results.filter(t => t !== undefined)).toHaveLength(50)
    expect(a.active).toBe(50)
  })
})
