import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TokenBucket } from '../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'

describe('TokenBucket (teaching version)', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0)
    vi.useRealTimers()
  })

  it('admits exactly the burst at t=0, then exactly rate per second', async () => {
    const bucket = new TokenBucket({ ratePerSec: 8, burst: 8 })
    const admittedAt: number[] = []
    const t0 = performance.now()
    const all = Array.from({ length: 40 }, () => bucket.take().then(() => admittedAt.push(performance.now() - t0)))
    await vi.advanceTimersByTimeAsync(0)
    expect(admittedAt).toHaveLength(8)
    for (let second = 1; second <= 4; second++) {
      await vi.advanceTimersByTimeAsync(1000)
      expect(admittedAt).toHaveLength(8 + 8 * second)
    }
    await Promise.all(all)
    expect(admittedAt.filter(ms => ms === 0)).toHaveLength(8)
  })

  it('serves waiters in arrival order', async () => {
    const bucket = new TokenBucket({ ratePerSec: 10, burst: 1 })
    expect(bucket.tryTake()).toBe(true)
    const order: number[] = []
    const waiters = [1, 2, 3, 4, 5].map(n => bucket.take().then(() => order.push(n)))
    await vi.advanceTimersByTimeAsync(500)
    await Promise.all(waiters)
    expect(order).toEqual([1, 2, 3, 4, 5])
  })

  it('an aborted waiter consumes no token and frees its timer', async () => {
    const bucket = new TokenBucket({ ratePerSec: 10, burst: 1 })
    expect(bucket.tryTake()).toBe(true)
    const controller = new AbortController()
    const gaveUp = bucket.take(controller.signal)
    const reason = new Error('queue deadline')
    controller.abort(reason)
    await expect(gaveUp).rejects.toBe(reason)
    expect(bucket.waiting).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(100)
    expect(bucket.tryTake()).toBe(true) // the token it would have had is still there
  })

  it('rejects at once when the signal is already aborted', async () => {
    const bucket = new TokenBucket({ ratePerSec: 1, burst: 1 })
    const reason = new Error('already gone')
    await expect(bucket.take(AbortSignal.abort(reason))).rejects.toBe(reason)
    expect(bucket.tokens).toBe(1)
  })

  it('tryTake never waits and returns false when empty', async () => {
    const bucket = new TokenBucket({ ratePerSec: 2, burst: 2 })
    expect([bucket.tryTake(), bucket.tryTake(), bucket.tryTake()]).toEqual([true, true, false])
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(500)
    expect(bucket.tryTake()).toBe(true)
  })

  it('tryTake does not jump the queue of waiters', async () => {
    const bucket = new TokenBucket({ ratePerSec: 10, burst: 1 })
    expect(bucket.tryTake()).toBe(true)
    const waiter = bucket.take()
    await vi.advanceTimersByTimeAsync(99)
    expect(bucket.tryTake()).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await waiter
  })

  it('never stores more than the burst after a long idle period', async () => {
    const bucket = new TokenBucket({ ratePerSec: 100, burst: 5 })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(bucket.tokens).toBe(5)
    let taken = 0
    while (bucket.tryTake()) taken++
    expect(taken).toBe(5)
  })

  it('uses an injected clock', () => {
    let now = 0
    const bucket = new TokenBucket({ ratePerSec: 1, burst: 1, now: () => now })
    expect(bucket.tryTake()).toBe(true)
    expect(bucket.tryTake()).toBe(false)
    now = 1000
    expect(bucket.tryTake()).toBe(true)
  })

  it('refuses a missing rate or a fractional burst', () => {
    expect(() => new TokenBucket({ ratePerSec: 0, burst: 1 })).toThrow(RangeError)
    expect(() => new TokenBucket({ ratePerSec: 1, burst: 0.5 })).toThrow(/integer burst/)
  })
})
