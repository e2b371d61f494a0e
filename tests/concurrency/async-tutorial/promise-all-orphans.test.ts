import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { chargeAndReserve } from '../../../snippets/concurrency/async-tutorial/promise-all-orphans.ts'

describe('promise-all-orphans (fake timers)', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  it('the caller gives up at 100 ms, and the sibling still charges the card at 200 ms', async () => {
    const log: string[] = []
    let returned = false
    const caller = chargeAndReserve(line => log.push(line)).then(() => { returned = true })
    await vi.advanceTimersByTimeAsync(100)
    expect(returned).toBe(true)
    expect(log).toEqual(['caller: gave up at the first failure (Error: reserve: out of stock)'])
    await vi.advanceTimersByTimeAsync(100) // nobody awaits the sibling any more, yet it runs
    expect(log).toEqual([
      'caller: gave up at the first failure (Error: reserve: out of stock)',
      'charge: card charged (nobody is listening any more)',
    ])
    await caller
  })
})
