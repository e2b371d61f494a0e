import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../snippets/safe-api-calls/call-patterns/backoff.ts'
import { PriorityQueue, QueueFullError } from '../../../snippets/safe-api-calls/advanced-patterns/priorityQueue.ts'

const gate = () => Promise.withResolvers<void>()

describe('priorityQueue: bounded, FIFO among equals, per-item deadlines, N workers', () => {
  it('1,000 random items leave by ascending priority, FIFO within a priority', async () => {
    const q = new PriorityQueue(1, 2_000)
    const blocker = gate()
    const first = q.submit(() => blocker.promise, 0) // holds the single worker while we enqueue
    const rand = seededRandom(42)
    const order: [number, number][] = []
    const items = Array.from({ length: 1_000 }, (_, i) => {
      const p = Math.floor(rand() * 5)
      return q.submit(async () => { order.push([p, i]) }, p)
    })
    blocker.resolve()
    await Promise.all([first, ...items])
    const expected = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1])
    expect(order).toEqual(expected)
  })

  it('at the size bound, submit rejects with QueueFullError in the same tick', async () => {
    const q = new PriorityQueue(1, 2)
    const blocker = gate()
    const running = q.submit(() => blocker.promise, 0)
    const waiting = [q.submit(async () => 1, 0), q.submit(async () => 2, 0)]
    let settled: unknown
    q.submit(async () => 3, 0).catch((err: unknown) => { settled = err })
    await Promise.resolve() // one microtask: no timers, no worker turn
    expect(settled).toBeInstanceOf(QueueFullError)
    blocker.resolve()
    await Promise.all([running, ...waiting])
  })

  it('an item whose signal aborts (queue deadline) is removed and never runs', async () => {
    const q = new PriorityQueue(1, 10)
    const blocker = gate()
    const running = q.submit(() => blocker.promise, 0)
    const ac = new AbortController()
    let ran = false
    const stale = q.submit(async () => { ran = true }, 0, ac.signal)
    ac.abort(new Error('queue deadline'))
    await expect(stale).rejects.toThrow('queue deadline')
    expect(q.waiting).toBe(0)
    blocker.resolve()
    await running
    expect(ran).toBe(false)
  })

  it('running workers never exceed the concurrency; one failure rejects only its own promise', async () => {
    const q = new PriorityQueue(3, 100)
    let running = 0
    let peak = 0
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => q.submit(async () => {
      peak = Math.max(peak, ++running)
      await new Promise(r => setTimeout(r, 2))
      running--
      if (i === 7) throw new Error('item 7 failed')
      return i
    }, i % 3)))
    expect(peak).toBe(3)
    expect(results.filter(r => r.status === 'rejected')).toHaveLength(1)
    expect(results[7]).toMatchObject({ status: 'rejected' })
    expect(q.running).toBe(0)
  })
})
