// Fixed and adaptive throttling under fake timers: minimum gaps, and a rate that follows the
// measured write latency (halving down to 1, +10% up to 100, from 10).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { adaptiveThrottle, type Clock, GUIDE_ADAPTIVE, throttle } from '../../../snippets/safe-api-calls/streaming-advanced/throttle.ts'

const fakeClock: Clock = {
  now: () => Date.now(), // faked by vi.useFakeTimers
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
}
async function* items(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i
}

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0)
  vi.useRealTimers()
})

describe('throttle', () => {
  it('10 chunks at 5 per second take at least 1.8 s, every gap at least 200 ms', async () => {
    const start = Date.now()
    const at: number[] = []
    const run = (async () => {
      for await (const _ of throttle(items(10), 5, fakeClock)) at.push(Date.now())
    })()
    await vi.runAllTimersAsync()
    await run
    expect(at).toHaveLength(10)
    expect(at.at(-1)! - start).toBeGreaterThanOrEqual(1_800)
    for (let i = 1; i < at.length; i++)
      expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(200)
  })
})

describe('adaptiveThrottle', () => {
  async function run(n: number, writeMs: number): Promise<number[]> {
    const rates: number[] = []
    const write = () => fakeClock.sleep(writeMs) // how long the client takes to accept a chunk
    const done = adaptiveThrottle(items(n), write, GUIDE_ADAPTIVE, fakeClock, r => rates.push(r))
    await vi.runAllTimersAsync()
    expect(await done).toBe(n)
    return rates
  }

  it('slow writes halve the rate each time, down to the floor of 1', async () => {
    expect(await run(6, 150)).toEqual([5, 2.5, 1.25, 1, 1, 1])
  })

  it('fast writes raise it by 10% each time from 10, up to the ceiling of 100', async () => {
    const rates = await run(30, 1)
    expect(rates[0]).toBeCloseTo(11)
    expect(rates[1]).toBeCloseTo(12.1)
    expect(rates.at(-1)).toBe(100)
    expect(Math.max(...rates)).toBe(100)
  })
})
