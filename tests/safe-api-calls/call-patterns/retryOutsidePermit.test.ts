// Sleeping with a permit, measured on the in-process fake LLM under fake timers: the mechanism is
// the permit and the sleep, so virtual time makes the comparison exact instead of load-dependent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { inProcessTransport } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { burst, callHoldingPermit, callReleasingPermit, permitRaceDeps } from '../../../snippets/safe-api-calls/call-patterns/retryOutsidePermit.ts'
import { createFakeLlm } from '../../../snippets/shared/fake-llm/app.ts'
import { captureConsole } from '../../support/capture-console.ts'

const vendor = () => createFakeLlm({ plan: { statuses: [503, 200], latencyMs: 10 } }) // per request id

describe('retryOutsidePermit: 2 permits, 10 requests, first attempts 503, 200 ms backoff, 300 ms queue', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0)
    vi.useRealTimers()
  })

  it('holding the permit while sleeping: queue timeouts, 1.5x slower, capacity idle', async () => {
    const held = vendor()
    const heldDeps = permitRaceDeps(inProcessTransport(held.app), 'http://vendor.test')
    let probe: { available: number, inFlight: number } | undefined
    setTimeout(() => { probe = { available: heldDeps.permits.available, inFlight: held.stats.inFlight } }, 100)
    const running = burst(callHoldingPermit, 10, heldDeps)
    await vi.runAllTimersAsync()
    const inside = await running
    expect(probe).toEqual({ available: 0, inFlight: 0 }) // both permits held by sleepers, the vendor idle
    expect(inside.queueTimeouts).toBeGreaterThanOrEqual(3)

    const released = vendor()
    const outsideRun = burst(callReleasingPermit, 10, permitRaceDeps(inProcessTransport(released.app), 'http://vendor.test'))
    await vi.runAllTimersAsync()
    const outside = await outsideRun
    expect(outside).toMatchObject({ ok: 10, queueTimeouts: 0 })
    expect(inside.ms).toBeGreaterThanOrEqual(1.5 * outside.ms)
    expect(released.stats.requests).toBe(20) // one 503 and one 200 each
    expect(released.stats.maxInFlight).toBeLessThanOrEqual(2)
  })

  it('releasing the permit: the permits are all back afterwards', async () => {
    const fake = vendor()
    const deps = permitRaceDeps(inProcessTransport(fake.app), 'http://vendor.test')
    const running = burst(callReleasingPermit, 10, deps)
    await vi.runAllTimersAsync()
    expect((await running).ok).toBe(10)
    expect(deps.permits.available).toBe(2)
  })
})

it('the demo prints the two outcomes', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/call-patterns/retryOutsidePermit.demo.ts'))
  expect(lines).toEqual([
    'permit held while sleeping: 4/10 ok, 6 queue timeouts',
    'permit released before sleep: 10/10 ok, 0 queue timeouts',
  ])
})
