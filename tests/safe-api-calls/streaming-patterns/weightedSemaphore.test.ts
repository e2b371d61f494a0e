// All-or-nothing weighted acquisition, FIFO waiters, clean aborts; and the unit-by-unit
// anti-pattern deadlocking. Fake timers for the 1 s deadlock guard.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { acquireUnitByUnit, type WeightedPermit, WeightedSemaphore } from '../../../snippets/safe-api-calls/streaming-patterns/weightedSemaphore.ts'

const tick = () => vi.advanceTimersByTimeAsync(0)

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0)
  vi.useRealTimers()
})

describe('WeightedSemaphore', () => {
  it('never lets an acquirer hold a partial weight; two weight-60 acquirers do not deadlock', async () => {
    const sem = new WeightedSemaphore(100)
    const held: WeightedPermit[] = []
    const invariant = () => expect(sem.available).toBe(100 - held.reduce((s, p) => s + p.weight, 0))
    const a = sem.acquire(60).then(p => { held.push(p); return p })
    const b = sem.acquire(60).then(p => { held.push(p); return p })
    await tick()
    invariant()
    expect(held).toHaveLength(1) // one runs, the other waits with nothing
    expect(sem.waiting).toBe(1)
    ;(await a).release()
    held.splice(0, 1)
    await tick()
    invariant()
    expect(held).toHaveLength(1)
    ;(await b).release()
    held.splice(0, 1)
    invariant()
    expect(sem.available).toBe(100)
  })

  it('aborting a waiting acquire returns nothing and leaks no units', async () => {
    const sem = new WeightedSemaphore(10)
    const big = await sem.acquire(8)
    const ctrl = new AbortController()
    const waiting = sem.acquire(5, ctrl.signal)
    ctrl.abort(new Error('gone'))
    await expect(waiting).rejects.toThrow('gone')
    expect(sem.waiting).toBe(0)
    big.release()
    big.release() // idempotent: no extra units
    expect(sem.available).toBe(10)
  })

  it('serves a weight-30 waiter at the head before later weight-1 arrivals', async () => {
    const sem = new WeightedSemaphore(30)
    const first = await sem.acquire(10)
    const order: string[] = []
    void sem.acquire(30).then((p) => { order.push('heavy'); p.release() })
    for (let i = 0; i < 5; i++)
      void sem.acquire(1).then((p) => { order.push(`light${i}`); p.release() })
    await tick()
    expect(order).toEqual([]) // 20 units free, but the heavy head is not overtaken
    first.release()
    await tick()
    expect(order).toEqual(['heavy', 'light0', 'light1', 'light2', 'light3', 'light4'])
    expect(sem.available).toBe(30)
  })

  it('mixes buffered (weight 1) and stream (weight 3) calls within the total', async () => {
    const sem = new WeightedSemaphore(10)
    const streams = await Promise.all([sem.acquire(3), sem.acquire(3), sem.acquire(3)])
    const buffered = await sem.acquire(1)
    expect(sem.available).toBe(0)
    const fourthStream = sem.acquire(3)
    const moreBuffered = sem.acquire(1)
    buffered.release()
    await tick()
    expect(sem.available).toBe(1) // the stream at the head needs 3: the buffered call queues behind it
    streams[0]?.release()
    await tick()
    const s4 = await fourthStream
    const b2 = await moreBuffered
    expect(sem.available).toBe(0)
    for (const p of [...streams, s4, b2]) p.release()
    expect(sem.available).toBe(10)
  })

  it('rejects weights outside 1..total', async () => {
    await expect(new WeightedSemaphore(5).acquire(6)).rejects.toThrow(RangeError)
  })
})

describe('acquireUnitByUnit (anti-pattern)', () => {
  it('deadlocks two weight-60 acquirers on 100 units (caught by a 1 s guard)', async () => {
    const units = new Semaphore(100)
    const guard = (p: Promise<unknown>) => Promise.race([p.then(() => 'done'), new Promise(r => setTimeout(r, 1_000, 'stuck'))])
    const both = Promise.all([guard(acquireUnitByUnit(units, 60)), guard(acquireUnitByUnit(units, 60))])
    await vi.advanceTimersByTimeAsync(1_000)
    expect(await both).toEqual(['stuck', 'stuck'])
    expect(units.available).toBe(0) // each holds 50, waiting for 10 the other will never give back
    expect(units.waiting).toBe(2)
  })
})
