import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  abortableSleep, busiestBucket, decorrelatedJitter, fullJitter, GUIDE_BACKOFF, guideJitter, retryMoments, seededRandom,
} from '../../../snippets/safe-api-calls/call-patterns/backoff.ts'

const SAMPLES = 2_000

describe('backoff: three jitter formulas with an injected random source', () => {
  it('guide jitter: attempt n waits min(2^n, 32) s plus 0-1 s', () => {
    const rand = seededRandom(1)
    const ranges: [number, number, number][] = [[0, 1_000, 2_000], [1, 2_000, 3_000], [2, 4_000, 5_000], [10, 32_000, 33_000]]
    for (const [attempt, low, high] of ranges) {
      for (let i = 0; i < SAMPLES; i++) {
        const delay = guideJitter(attempt, rand)
        expect(delay).toBeGreaterThanOrEqual(low)
        expect(delay).toBeLessThan(high)
      }
    }
    expect(guideJitter(0, () => 0)).toBe(1_000)
    expect(guideJitter(3, () => 0.5)).toBe(8_500)
  })

  it('full jitter: always in [0, min(cap, base x 2^n))', () => {
    const rand = seededRandom(2)
    const opts = { baseMs: 100, capMs: 2_000 }
    for (const attempt of [0, 1, 2, 3, 4, 5, 8]) {
      const ceiling = Math.min(opts.capMs, opts.baseMs * 2 ** attempt)
      const delays = Array.from({ length: SAMPLES }, () => fullJitter(attempt, opts, rand))
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(0)
      expect(Math.max(...delays)).toBeLessThan(ceiling)
      expect(Math.max(...delays)).toBeGreaterThan(ceiling * 0.95) // really spreads to the ceiling
    }
    expect(fullJitter(20, opts, () => 0.999_999)).toBeLessThan(2_000) // capped
  })

  it('decorrelated jitter: always in [1 s, min(32 s, previous x 3)]', () => {
    const rand = seededRandom(3)
    let previous = GUIDE_BACKOFF.baseMs
    for (let i = 0; i < SAMPLES; i++) {
      const delay = decorrelatedJitter(previous, GUIDE_BACKOFF, rand)
      expect(delay).toBeGreaterThanOrEqual(1_000)
      expect(delay).toBeLessThanOrEqual(Math.min(32_000, previous * 3))
      previous = i % 50 === 0 ? GUIDE_BACKOFF.baseMs : delay // restart now and then, like a new request
    }
    expect(decorrelatedJitter(30_000, GUIDE_BACKOFF, () => 1)).toBe(32_000)
  })

  it('the thundering herd: full jitter flattens the busiest 100 ms bucket at least 3x', () => {
    const rand = seededRandom(42)
    const guide = busiestBucket(retryMoments(1_000, 2, 'guide', rand))
    const full = busiestBucket(retryMoments(1_000, 2, 'full', rand))
    const decorrelated = busiestBucket(retryMoments(1_000, 2, 'decorrelated', rand))
    expect(guide).toBeGreaterThanOrEqual(3 * full)
    expect(decorrelated).toBeLessThan(guide)
  })

  it('the same seed replays the same delays (what makes demos stable)', () => {
    const a = seededRandom(7)
    const b = seededRandom(7)
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b))
    expect(busiestBucket([])).toBe(0)
  })
})

describe('abortableSleep: a backoff sleep that a disconnect or an SLA ends at once', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0)
    vi.useRealTimers()
  })

  it('resolves after ms', async () => {
    let done = false
    const sleeping = abortableSleep(200).then(() => { done = true })
    await vi.advanceTimersByTimeAsync(199)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await sleeping
    expect(done).toBe(true)
  })

  it('rejects with the signal reason the moment it aborts, and clears its timer', async () => {
    const controller = new AbortController()
    const sleeping = abortableSleep(10_000, controller.signal)
    await vi.advanceTimersByTimeAsync(50)
    const reason = new Error('client went away')
    controller.abort(reason)
    await expect(sleeping).rejects.toBe(reason)
  })

  it('an already aborted signal rejects without starting a timer', async () => {
    const reason = new Error('too late')
    await expect(abortableSleep(10, AbortSignal.abort(reason))).rejects.toBe(reason)
  })
})
