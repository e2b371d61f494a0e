import { BrokenCircuitError, CircuitState } from 'cockatiel'
import { Pool } from 'undici'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { UpstreamHttpError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { undiciTransport } from '../../../snippets/safe-api-calls/call-patterns/vendorTransport.ts'
import { consecutiveBreaker, samplingBreaker, twoPods } from '../../../snippets/safe-api-calls/advanced-patterns/cockatielBreaker.ts'
import { serveFakeLlm, type FakeLlmServer } from '../../../snippets/shared/fake-llm/server.ts'

let server: FakeLlmServer | undefined
let pool: Pool | undefined
afterEach(async () => {
  vi.useRealTimers()
  await pool?.close()
  await server?.close()
  server = pool = undefined
})
const fail = (status: number) => async () => { throw new UpstreamHttpError(status) }

describe('cockatielBreaker: correct semantics, one process', () => {
  it('ConsecutiveBreaker(5) opens after 5 vendor faults, then fails without calling', async () => {
    const onBreak = vi.fn()
    const breaker = consecutiveBreaker(60_000, onBreak)
    for (let i = 0; i < 5; i++) await expect(breaker.execute(fail(503))).rejects.toThrow(UpstreamHttpError)
    const fn = vi.fn(async () => 'ok')
    await expect(breaker.execute(fn)).rejects.toThrow(BrokenCircuitError)
    expect(fn).not.toHaveBeenCalled()
    expect(onBreak).toHaveBeenCalledTimes(1)
  })

  it('4xx and 429 (not matched by isVendorFault) never count', async () => {
    const breaker = consecutiveBreaker()
    for (let i = 0; i < 10; i++) await expect(breaker.execute(fail(i % 2 ? 401 : 429))).rejects.toThrow()
    expect(breaker.state).toBe(CircuitState.Closed)
  })

  it('after halfOpenAfter exactly one trial call runs, and its success closes the circuit', async () => {
    vi.useFakeTimers()
    const breaker = consecutiveBreaker(60_000)
    const onReset = vi.fn()
    breaker.onReset(onReset)
    for (let i = 0; i < 5; i++) await expect(breaker.execute(fail(500))).rejects.toThrow()
    vi.advanceTimersByTime(60_000)
    const trial = Promise.withResolvers<string>()
    const first = breaker.execute(() => trial.promise)
    const second = vi.fn(async () => 'x')
    const held = breaker.execute(second) // cockatiel 4: waits for the trial's verdict, does not fail fast
    for (let i = 0; i < 5; i++) await Promise.resolve()
    expect(second).not.toHaveBeenCalled() // exactly one trial call in flight
    trial.resolve('ok')
    await expect(first).resolves.toBe('ok')
    await expect(held).resolves.toBe('x')
    expect(breaker.state).toBe(CircuitState.Closed)
    expect(onReset).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('SamplingBreaker opens on the failure ratio once the rate is high enough', async () => {
    vi.useFakeTimers()
    const breaker = samplingBreaker()
    for (let i = 0; i < 200; i++) {
      vi.advanceTimersByTime(100) // 10 calls/s, above minimumRps 2
      await breaker.execute(i % 4 ? fail(500) : async () => 'ok').catch(() => undefined)
    }
    expect(breaker.state).toBe(CircuitState.Open)
  })

  it('two pods, two breakers: after A opens, B keeps sending requests to the vendor', async () => {
    server = await serveFakeLlm({ plan: { status: 500 } })
    pool = new Pool(server.url, { connections: 4, allowH2: false })
    const states = await twoPods(undiciTransport(pool), `${server.url}/v1/chat/completions`)
    const byPod = (pod: string) => server!.stats.log.filter(r => r.client === pod).length
    expect(byPod('A')).toBe(5) // A stopped after its 5th fault ...
    expect(byPod('B')).toBe(3) // ... but B's own breaker never saw them: the vendor's counter keeps rising
    expect(states).toEqual({ a: 'Open', b: 'Closed' })
  })
})
