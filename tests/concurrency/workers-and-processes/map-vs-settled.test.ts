import { afterEach, describe, expect, it, vi } from 'vitest'
import { failFast, mapInOrder, settleAll, task } from '../../../snippets/concurrency/workers-and-processes/map-vs-settled.ts'

describe('map-vs-settled', () => {
  afterEach(() => { vi.useRealTimers() })

  it('Promise.all returns input order although the last item finishes first', async () => {
    vi.useFakeTimers()
    let settled = false
    const result = mapInOrder([1, 2, 3, 4]).finally(() => { settled = true })
    await vi.advanceTimersByTimeAsync(30) // items 4, 3, 2 are done (10, 20, 30 ms); item 1 is not
    expect(settled).toBe(false) // Promise.all waits for the slowest
    await vi.advanceTimersByTimeAsync(10)
    expect(await result).toEqual([1, 4, 9, 16])
  })

  it('task 5 fails: Promise.all rejects with "boom" early, and all 10 tasks still run to their end', async () => {
    vi.useFakeTimers()
    const finished = { count: 0 }
    const outcome = failFast([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], finished)
    await vi.advanceTimersByTimeAsync(50)
    expect(await outcome).toBe('rejected: boom after 5 finished')
    expect(finished.count).toBe(5)
    await vi.advanceTimersByTimeAsync(50) // nobody awaits them; they run anyway
    expect(finished.count).toBe(10)
  })

  it('allSettled gives 9 fulfilled and 1 rejected outcome, in input order', async () => {
    vi.useFakeTimers()
    const outcomes = settleAll([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    await vi.advanceTimersByTimeAsync(100)
    const lines = await outcomes
    expect(lines).toHaveLength(10)
    expect(lines.filter(l => l.includes('failed'))).toEqual(['5 failed: Error: boom'])
    expect(lines[0]).toBe('1 -> 1')
    expect(lines[9]).toBe('10 -> 100')
  })

  it('the task squares, and fails only on 5', async () => {
    await expect(task(3, 0)).resolves.toBe(9)
    await expect(task(5, 0)).rejects.toThrow('boom')
  })
})
