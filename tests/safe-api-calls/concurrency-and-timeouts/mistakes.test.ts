import { Pool } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { type Blackhole, startBlackhole } from '../../../snippets/shared/fake-llm/blackhole.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { createVendorPool } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { attemptWithDeadline, oneNumberCall } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/mistakes.ts'
import { CallTimeoutError } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import { classifyTransport, testTransport } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/transportTimeouts.ts'
import { failure, lagMonitor, WHEEL_MS } from '../../support/timing.ts'



describe('two classic timeout mistakes', () => {
  const pools: Pool[] = []
  let blackhole: Blackhole | undefined
  let vendor: FakeLlmServer | undefined
  afterEach(async () => {
    await Promise.all(pools.map(p => p.destroy()))
    pools.length = 0
    await blackhole?.close()
    await vendor?.close()
    expect(vendor?.stats.openSockets ?? 0).toBe(0)
    blackhole = vendor = undefined
  })

  it('one number everywhere: an unreachable vendor costs the whole budget and says nothing useful', async () => {
    blackhole = await startBlackhole()
    using lag = lagMonitor()
    const defaults = new Pool(blackhole.url, { connections: 1, allowH2: false }) // undici defaults: connect 10 s
    const phased = createVendorPool(testTransport(blackhole.url)) // connect 200 ms
    pools.push(defaults, phased)
    const ONE_NUMBER_MS = 3000 // the "30 s everywhere" of production, scaled
    const [oneNumber, phasedResult] = await Promise.all([
      failure(() => oneNumberCall(blackhole!.url, defaults, ONE_NUMBER_MS)),
      failure(() => attemptWithDeadline(blackhole!.url, phased, 5000)),
    ])
    expect(oneNumber.ms).toBeGreaterThanOrEqual(ONE_NUMBER_MS - 5) // waited the full budget
    expect(classifyTransport(oneNumber.err)).toBeUndefined() // "timed out": but which phase?
    expect(classifyTransport(phasedResult.err)).toBe('connect-timeout')
    expect(phasedResult.ms).toBeLessThan(200 + WHEEL_MS + await lag.slack())
  })

  it('equal clocks: the error is a race; transport + margin always names the phase', async () => {
    vendor = await serveFakeLlm({ plan: { latencyMs: 3000 } })
    const pool = createVendorPool({ ...testTransport(vendor.url), connections: 20 }) // headers 250 ms
    pools.push(pool)
    const run = (deadlineMs: number) => Promise.all(Array.from({ length: 20 }, () =>
      failure(() => attemptWithDeadline(`${vendor!.url}/v1/chat/completions`, pool, deadlineMs))))
    const equal = await run(250)
    const withMargin = await run(250 + WHEEL_MS + 500)
    const kinds = (results: { err: unknown }[]) =>
      results.map(r => r.err instanceof CallTimeoutError ? 'call-timeout' : classifyTransport(r.err))
    expect(kinds(equal)).toContain('call-timeout') // the vague error won at least once
    expect(kinds(equal).every(k => k === 'call-timeout' || k === 'headers-timeout')).toBe(true)
    expect(kinds(withMargin).every(k => k === 'headers-timeout')).toBe(true) // always precise
  })
})
