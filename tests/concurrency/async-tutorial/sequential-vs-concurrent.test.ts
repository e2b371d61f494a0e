import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { sleepConcurrently, sleepSequentially } from '../../../snippets/concurrency/async-tutorial/sequential-vs-concurrent.ts'

describe('sequential-vs-concurrent (fake timers)', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  it('five 500 ms sleeps one after another take 2500 ms: the sum', async () => {
    const log: string[] = []
    const total = sleepSequentially(5, 500, line => log.push(line), Date.now)
    await vi.advanceTimersByTimeAsync(2499)
    expect(log).toHaveLength(4)
    await vi.advanceTimersByTimeAsync(1)
    expect(await total).toBe(2500)
    expect(log).toEqual([500, 1000, 1500, 2000, 2500].map((ms, i) => `sleep ${i + 1} done at ${ms} ms`))
  })

  it('five 500 ms sleeps started together take 500 ms: the longest', async () => {
    const log: string[] = []
    const total = sleepConcurrently(5, 500, line => log.push(line), Date.now)
    await vi.advanceTimersByTimeAsync(499)
    expect(log).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(await total).toBe(500)
    expect(log).toEqual([1, 2, 3, 4, 5].map(n => `sleep ${n} done at 500 ms`))
  })
})
