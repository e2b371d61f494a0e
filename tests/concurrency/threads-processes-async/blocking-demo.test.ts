import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { busyLoop, chunkedLoop, startTicker } from '../../../snippets/concurrency/threads-processes-async/blocking-demo.ts'

describe('blocking-demo (real timers)', () => {
  it('a 10 ms interval fires 0 times during a 200 ms busy loop', async () => {
    using ticker = startTicker(10)
    const spins = busyLoop(200)
    expect(spins).toBeGreaterThan(0) // the loop really ran
    expect(ticker.ticks()).toBe(0) // not one timer callback got a turn
    await sleep(30)
    expect(ticker.ticks()).toBeGreaterThan(0) // once the loop is free, the interval runs again
  })

  it('the same 200 ms of work in 10 ms slices lets the interval fire repeatedly', async () => {
    using ticker = startTicker(10)
    const start = performance.now()
    await chunkedLoop(200, 10)
    expect(performance.now() - start).toBeGreaterThanOrEqual(199) // the work was all done
    expect(ticker.ticks()).toBeGreaterThanOrEqual(5) // ~20 on an idle machine
  })

  it('a disposed ticker stops counting', async () => {
    const ticker = startTicker(5)
    await sleep(30)
    ticker[Symbol.dispose]()
    const frozen = ticker.ticks()
    await sleep(30)
    expect(ticker.ticks()).toBe(frozen)
  })
})
