import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { boundedConcurrent, concurrent, fakeIo, sequential } from '../../../snippets/concurrency/threads-processes-async/io-concurrency.ts'

describe('io-concurrency (fake timers)', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  const fiveWaits = () => [1, 2, 3, 4, 5].map(id => () => fakeIo(id, 200))

  /** Virtual milliseconds until `promise` settles, advancing the fake clock 1 ms at a time. */
  async function settlesAt(promise: Promise<unknown>): Promise<number> {
    let done = false
    void promise.then(() => { done = true })
    let elapsed = 0
    while (!done) {
      await vi.advanceTimersByTimeAsync(1)
      elapsed++
    }
    return elapsed
  }

  it('five 200 ms waits in sequence complete at 1000 ms', async () => {
    const run = sequential(fiveWaits())
    expect(await settlesAt(run)).toBe(1000)
    expect(await run).toEqual([1, 2, 3, 4, 5])
  })

  it('the same five waits started together complete at 200 ms, results in call order', async () => {
    const run = concurrent(fiveWaits())
    expect(await settlesAt(run)).toBe(200)
    expect(await run).toEqual([1, 2, 3, 4, 5])
  })

  it('concurrent starts every call before any finishes; sequential starts one at a time', async () => {
    let started = 0
    const calls = [1, 2, 3].map(id => () => { started++; return fakeIo(id, 100) })
    void concurrent(calls)
    expect(started).toBe(3)
    started = 0
    void sequential(calls)
    expect(started).toBe(1)
    await vi.advanceTimersByTimeAsync(100)
    expect(started).toBe(2)
    await vi.runAllTimersAsync()
  })

  it('p-limit bounds the fan-out: five 200 ms waits, 2 at a time, complete at 600 ms with never more than 2 in flight', async () => {
    let inFlight = 0
    let maxInFlight = 0
    const calls = [1, 2, 3, 4, 5].map(id => async () => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      try { return await fakeIo(id, 200) }
      finally { inFlight-- }
    })
    const run = boundedConcurrent(calls, 2)
    expect(await settlesAt(run)).toBe(600)
    expect(await run).toEqual([1, 2, 3, 4, 5])
    expect(maxInFlight).toBe(2)
  })
})
