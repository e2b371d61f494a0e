import { describe, expect, it } from 'vitest'
import { errorPhase } from '../../../snippets/http-clients/timeouts/classify-errors.ts'
import { withinBudget, withinBudgetOrCancel, withinKitDeadline } from '../../../snippets/http-clients/timeouts/deadline.ts'
import { DeadlineExceededError } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import { failure, until } from '../../support/timing.ts'
import { latest, vendorAndAgent } from './timing.ts'

// A slow but steady stream: 30 chunks, one every 100 ms (3 s), always within the 500 ms body timer.
const slowSteady = { chunks: 30, gapMs: 100 }

describe('the total deadline (agent: headers and body timers 500 ms)', () => {
  const setup = vendorAndAgent({ headersTimeout: 500, bodyTimeout: 500 })

  it('AbortSignal.timeout(1000) ends a stream the phase timers would let run -> TimeoutError', async () => {
    const v = await setup()
    const { err, ms } = await failure(() => withinBudget(v.agent, v.url, slowSteady, 1000))
    expect(err).toMatchObject({ name: 'TimeoutError' })
    expect(errorPhase(err)).toBe('deadline')
    expect(ms).toBeGreaterThanOrEqual(1000 - 5)
    expect(ms).toBeLessThan(latest(1000))
    await until(() => v.server.stats.clientCloses.length === 1)
    expect(v.server.stats.clientCloses[0]?.generationStopped).toBe(true) // the vendor stopped working
  })

  it('AbortSignal.any: a caller abort at 300 ms wins over the 1 s budget -> AbortError', async () => {
    const v = await setup()
    const caller = new AbortController()
    setTimeout(() => caller.abort(), 300)
    const { err, ms } = await failure(() => withinBudgetOrCancel(v.agent, v.url, slowSteady, 1000, caller.signal))
    expect(err).toMatchObject({ name: 'AbortError' })
    expect(errorPhase(err)).toBe('aborted')
    expect(ms).toBeGreaterThanOrEqual(300 - 5)
    expect(ms).toBeLessThan(1000) // decided by the caller, before the budget
  })

  it('AbortSignal.any: the budget fires first when the caller waits longer -> TimeoutError', async () => {
    const v = await setup()
    const caller = new AbortController()
    const late = setTimeout(() => caller.abort(), 5000)
    const { err } = await failure(() => withinBudgetOrCancel(v.agent, v.url, slowSteady, 300, caller.signal))
    clearTimeout(late)
    expect(err).toMatchObject({ name: 'TimeoutError' })
  })

  it('kit deadline(): DeadlineExceededError, and the vendor sees the client close at once', async () => {
    const v = await setup()
    let abortedAt = 0
    const { err } = await failure(() => withinKitDeadline(v.agent, v.url, slowSteady, 600).catch((e: unknown) => {
      abortedAt = Date.now()
      throw e
    }))
    expect(err).toBeInstanceOf(DeadlineExceededError)
    expect(errorPhase(err)).toBe('deadline')
    await until(() => v.server.stats.clientCloses.length === 1)
    const close = v.server.stats.clientCloses[0]
    expect(close?.at).toBeDefined()
    expect(Math.abs((close?.at ?? Infinity) - abortedAt)).toBeLessThan(150 + 350) // 150 ms, plus room for a loaded machine
    expect(close?.chunksSent).toBeLessThan(30) // cut mid-stream
  })

  it('kit deadline(): the caller\'s earlier abort keeps its own reason', async () => {
    const v = await setup()
    const caller = new AbortController()
    caller.abort(new Error('user left'))
    await expect(withinKitDeadline(v.agent, v.url, slowSteady, 600, caller.signal)).rejects.toThrow('user left')
  })
})
