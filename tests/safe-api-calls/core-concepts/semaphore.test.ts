import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type Permit, Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'

/** Seeded PRNG (mulberry32) so the randomized workload is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6D2B79F5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const flush = () => vi.advanceTimersByTimeAsync(0)

describe('Semaphore (teaching version)', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0)
    vi.useRealTimers()
  })

  it('never has more than N holders under a randomized workload of 1,000 tasks', async () => {
    const N = 7
    const sem = new Semaphore(N)
    const rand = seeded(42)
    let holders = 0
    let maxHolders = 0
    let completed = 0
    let aborted = 0
    const tasks = Array.from({ length: 1000 }, async () => {
      await new Promise(r => setTimeout(r, Math.floor(rand() * 500)))
      const abandons = rand() < 0.2 // a fifth of the tasks give up after a short wait
      const controller = new AbortController()
      if (abandons)
        setTimeout(() => controller.abort(new Error('gave up')), Math.floor(rand() * 50))
      try {
        using _permit = await sem.acquire(abandons ? controller.signal : undefined)
        holders++
        maxHolders = Math.max(maxHolders, holders)
        await new Promise(r => setTimeout(r, 1 + Math.floor(rand() * 20)))
        holders--
        completed++
      }
      catch {
        aborted++
      }
    })
    for (let tick = 0; tick < 20_000 && completed + aborted < 1000; tick++) {
      await vi.advanceTimersByTimeAsync(1)
      expect(holders).toBeLessThanOrEqual(N)
      expect(sem.available).toBeGreaterThanOrEqual(0)
    }
    await Promise.all(tasks)
    expect(maxHolders).toBe(N)
    expect(completed + aborted).toBe(1000)
    expect(aborted).toBeGreaterThan(0)
    expect(sem.available).toBe(N)
    expect(sem.waiting).toBe(0)
  })

  it('serves waiters in arrival order', async () => {
    const sem = new Semaphore(1)
    const first = await sem.acquire()
    const order: number[] = []
    const waiters = [1, 2, 3, 4].map(n => sem.acquire().then((p) => {
      order.push(n)
      p.release()
    }))
    expect(sem.waiting).toBe(4)
    first.release()
    await Promise.all(waiters)
    expect(order).toEqual([1, 2, 3, 4])
  })

  it('an aborted wait rejects with the signal reason, leaves the queue and leaks no permit', async () => {
    const sem = new Semaphore(2)
    const a = await sem.acquire()
    const b = await sem.acquire()
    const controller = new AbortController()
    const waiting = sem.acquire(controller.signal)
    const behind = sem.acquire()
    expect(sem.waiting).toBe(2)
    const reason = new Error('client left')
    controller.abort(reason)
    await expect(waiting).rejects.toBe(reason)
    expect(sem.waiting).toBe(1) // removed at once, not when its turn comes
    a.release()
    const c = await behind // the next waiter got the slot, not the aborted one
    b.release()
    c.release()
    expect(sem.available).toBe(2)
  })

  it('rejects at once when the signal is already aborted', async () => {
    const sem = new Semaphore(1)
    const reason = new Error('too late')
    await expect(sem.acquire(AbortSignal.abort(reason))).rejects.toBe(reason)
    expect(sem.available).toBe(1)
  })

  it('releasing twice does not create an extra permit', async () => {
    const sem = new Semaphore(1)
    const p = await sem.acquire()
    p.release()
    p.release()
    p[Symbol.dispose]()
    expect(sem.available).toBe(1)
  })

  it('keeps the available and waiting gauges right at each step', async () => {
    const sem = new Semaphore(2)
    expect([sem.available, sem.waiting]).toEqual([2, 0])
    const p1 = await sem.acquire()
    expect([sem.available, sem.waiting]).toEqual([1, 0])
    const p2 = await sem.acquire()
    expect([sem.available, sem.waiting]).toEqual([0, 0])
    const p3 = sem.acquire()
    expect([sem.available, sem.waiting]).toEqual([0, 1])
    p1.release()
    expect([sem.available, sem.waiting]).toEqual([0, 0]) // handed over, never freed
    ;(await p3).release()
    p2.release()
    expect([sem.available, sem.waiting]).toEqual([2, 0])
  })

  it('a using block releases the permit when its body throws', async () => {
    const sem = new Semaphore(1)
    const work = async () => {
      using _permit: Permit = await sem.acquire()
      expect(sem.available).toBe(0)
      throw new Error('vendor exploded')
    }
    await expect(work()).rejects.toThrow('vendor exploded')
    expect(sem.available).toBe(1)
    await flush()
  })

  it('refuses a non-positive or fractional size', () => {
    expect(() => new Semaphore(0)).toThrow(RangeError)
    expect(() => new Semaphore(1.5)).toThrow(/positive integer/)
  })
})
