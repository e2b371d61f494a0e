import { afterEach, describe, expect, it, vi } from 'vitest'
import { asCompleted, mapIndexed } from '../../../snippets/concurrency/workers-and-processes/as-completed.ts'
import { task } from '../../../snippets/concurrency/workers-and-processes/map-vs-settled.ts'

const delays = [50, 20, 90, 10, 40, 70, 30, 100, 60, 80]
const items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

describe('as-completed', () => {
  afterEach(() => { vi.useRealTimers() })

  it('yields in completion order; the rejection comes at its position and later items still arrive', async () => {
    vi.useFakeTimers()
    const seen: string[] = []
    const loop = (async () => {
      for await (const done of asCompleted(items.map((x, i) => task(x, delays[i]!))))
        seen.push(done.status === 'fulfilled' ? String(done.value) : `${done.index}:${String(done.reason)}`)
    })()
    await vi.advanceTimersByTimeAsync(100)
    await loop
    // sorted by delay: 4(10) 2(20) 7(30) 5(40, fails) 1(50) 9(60) 6(70) 10(80) 3(90) 8(100)
    expect(seen).toEqual(['16', '4', '49', '4:Error: boom', '1', '81', '36', '100', '9', '64'])
  })

  it('an empty input yields nothing', async () => {
    const seen: unknown[] = []
    for await (const done of asCompleted<number>([])) seen.push(done)
    expect(seen).toEqual([])
  })

  it('indexed: completion-order callbacks, input-order results equal to the plain mapping', async () => {
    vi.useFakeTimers()
    const order: number[] = []
    const square = (x: number) => new Promise<number>(resolve => setTimeout(resolve, (11 - x) * 10, x * x))
    const pending = mapIndexed(items, square, done => order.push(done.index))
    await vi.advanceTimersByTimeAsync(100)
    const results = await pending
    expect(order).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0])
    expect(results.map(r => (r.status === 'fulfilled' ? r.value : NaN))).toEqual(items.map(x => x * x))
  })
})
