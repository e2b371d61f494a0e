import { describe, expect, it } from 'vitest'
import { measureWithLag } from '../../../snippets/concurrency/threads-processes-async/loop-lag.ts'
import { crunch, timerDuringCrunch } from '../../../snippets/concurrency/async-tutorial/cpu-breaks-loop.ts'

describe('cpu-breaks-loop (real time: the mechanism is the event loop)', () => {
  it('computes the same total as a plain loop', async () => {
    expect(await crunch(14)).toBe(0 + 1 + 2 + 3 + 4 + 5 + 6 + 0 + 1 + 2 + 3 + 4 + 5 + 6)
  })

  it('a 10 ms timer scheduled before the crunch fires no earlier than the crunch ended', async () => {
    const { crunchMs, timerFiredAtMs } = await timerDuringCrunch(30_000_000)
    expect(crunchMs).toBeGreaterThan(10) // the crunch outlasted the timer's 10 ms
    expect(timerFiredAtMs).toBeGreaterThanOrEqual(crunchMs)
  })

  it('event-loop delay max is about the crunch duration', async () => {
    const { ms, maxLagMs } = await measureWithLag(() => crunch(50_000_000))
    expect(ms).toBeGreaterThan(20)
    expect(maxLagMs).toBeGreaterThan(ms - 20) // the sampler's tick waited for the whole crunch
  })
})
