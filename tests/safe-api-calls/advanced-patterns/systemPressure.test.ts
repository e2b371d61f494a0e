import { afterEach, describe, expect, it } from 'vitest'
import { eventLoopSignal, pressure } from '../../../snippets/safe-api-calls/advanced-patterns/systemPressure.ts'

const idle = { permitsInUse: 0, permits: 10, waiting: 0, queueBound: 100, loopDelayMs: 0 }
let stop = () => {}
afterEach(() => stop())

describe('systemPressure: the worst of three gauges, clamped to 0..1', () => {
  it('idle -> 0; all permits busy -> 1; the max of the ratios otherwise', () => {
    expect(pressure(idle)).toBe(0)
    expect(pressure({ ...idle, permitsInUse: 10 })).toBe(1)
    expect(pressure({ ...idle, permitsInUse: 5, waiting: 70, loopDelayMs: 20 })).toBe(0.7)
    expect(pressure({ ...idle, waiting: 500 })).toBe(1) // clamped
    expect(pressure({ ...idle, loopDelayMs: 30, loopThresholdMs: 60 })).toBe(0.5)
  })

  it('a blocked event loop drives the loop ratio to 1 on the next sample', async () => {
    const loop = eventLoopSignal(10)
    stop = loop.stop
    await new Promise(r => setTimeout(r, 50))
    const end = performance.now() + 200
    while (performance.now() < end) { /* busy-wait: the loop is blocked */ }
    await new Promise(r => setTimeout(r, 30)) // the next sample sees the lag
    expect(loop.delayMs()).toBeGreaterThanOrEqual(150)
    expect(pressure({ ...idle, loopDelayMs: loop.delayMs() })).toBe(1)
  })
})
