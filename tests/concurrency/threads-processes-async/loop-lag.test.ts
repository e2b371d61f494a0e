import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { busyLoop } from '../../../snippets/concurrency/threads-processes-async/blocking-demo.ts'
import { measureBestOf, measureWithLag, monitorLoopLag } from '../../../snippets/concurrency/threads-processes-async/loop-lag.ts'

describe('loop-lag', () => {
  it('stays low while idle, jumps to the busy-loop length during a 300 ms block, and resets between phases', async () => {
    using lag = monitorLoopLag(10)
    await sleep(200)
    const idle = lag.read()
    expect(idle.p99Ms).toBeLessThan(100) // generous: a loaded CI machine adds jitter, not 300 ms

    await lag.reset()
    busyLoop(300)
    await sleep(30)
    const busy = lag.read()
    expect(busy.maxMs).toBeGreaterThanOrEqual(250)
    expect(busy.maxMs).toBeGreaterThan(idle.p99Ms * 2)

    await lag.reset() // a new phase forgets the 300 ms sample
    await sleep(100)
    expect(lag.read().maxMs).toBeLessThan(busy.maxMs)
  })

  it('reports values in milliseconds, with p50 <= p99 <= max', async () => {
    using lag = monitorLoopLag(10)
    await sleep(100)
    const { p50Ms, p99Ms, maxMs } = lag.read()
    expect(p50Ms).toBeGreaterThan(0)
    expect(p50Ms).toBeLessThanOrEqual(p99Ms)
    expect(p99Ms).toBeLessThanOrEqual(maxMs)
  })

  it('measureWithLag returns the result, the wall time and the worst lag of synchronous work', async () => {
    const measured = await measureWithLag(() => busyLoop(200))
    expect(measured.result).toBeGreaterThan(0)
    expect(measured.ms).toBeGreaterThanOrEqual(199)
    expect(measured.maxLagMs).toBeGreaterThanOrEqual(150)
  })

  it('measureWithLag sees little lag while work only waits', async () => {
    const measured = await measureWithLag(() => sleep(200, 'done'))
    expect(measured.result).toBe('done')
    expect(measured.maxLagMs).toBeLessThan(measured.ms / 2)
  })
})

describe('measureBestOf', () => {
  it('runs the work `rounds` times and returns the fastest run', async () => {
    const durations = [120, 40, 80]
    let calls = 0
    const best = await measureBestOf(3, async () => {
      const ms = durations[calls++]!
      await sleep(ms)
      return ms
    })
    expect(calls).toBe(3)
    expect(best.result).toBe(40)
    expect(best.ms).toBeGreaterThanOrEqual(39)
  })
})
