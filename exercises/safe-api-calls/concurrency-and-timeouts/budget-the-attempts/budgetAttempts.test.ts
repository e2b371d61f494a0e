import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { Pool } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../../snippets/shared/fake-llm/server.ts'
import { createVendorPool, productionTransport } from '../../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { attemptBudget, createBudgetedApp } from './budgetAttempts.ts'

/** Polls until `check` holds (the server notices a close a moment after we abort), at most `ms`. */
async function until(check: () => boolean, ms = 1000): Promise<void> {
  for (const end = performance.now() + ms; !check() && performance.now() < end;)
    await new Promise(r => setTimeout(r, 5))
}

// Real sockets: allow 40 ms (two full 300 ms attempts take at least 600), plus any event-loop
// stall the machine showed during the test.
const lag = monitorEventLoopDelay({ resolution: 5 })
// After a stall the histogram records it only when its own timer runs again: yield first.
const slack = async () => {
  await new Promise(r => setTimeout(r, 20))
  return 40 + lag.max / 1e6
}

describe('attemptBudget', () => {
  it('never outlives the request', () => {
    expect(attemptBudget(10_000, 300)).toBe(300)
    expect(attemptBudget(180, 300)).toBe(180)
    expect(attemptBudget(0, 300)).toBe(0)
  })
})

describe('an SLA-bounded route (SLA 500 ms, call 300 ms) and a hanging vendor', () => {
  let vendor: FakeLlmServer | undefined
  let pool: Pool | undefined
  afterEach(async () => {
    await pool?.destroy()
    await vendor?.close()
    vendor = pool = undefined
  })

  it('answers 504 by 550 ms; the second attempt is cut at the SLA', async () => {
    vendor = await serveFakeLlm({ plan: { latencyMs: 10_000 } })
    pool = createVendorPool({ ...productionTransport(vendor.url), connections: 4 })
    const app = createBudgetedApp({ vendorUrl: vendor.url, pool, slaMs: 500, callMs: 300 })
    lag.reset()
    lag.enable()
    const t0 = performance.now()
    const res = await app.request('/chat', { method: 'POST' })
    const elapsed = performance.now() - t0
    expect(res.status).toBe(504)
    expect(elapsed).toBeLessThan(550 + await slack())
    await until(() => vendor!.stats.clientCloses.length >= 2)
    const [first, second] = vendor.stats.log
    expect(vendor.stats.requests).toBe(2)
    const secondClose = vendor.stats.clientCloses.find(close => close.seq === second!.seq)
    expect(secondClose).toBeDefined() // aborted, not left running
    expect(secondClose!.at - first!.at).toBeLessThan(500 + await slack()) // at the SLA, not at 600 ms
    lag.disable()
  })
})
