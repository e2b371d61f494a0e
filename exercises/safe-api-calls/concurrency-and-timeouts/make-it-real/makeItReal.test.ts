import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { Pool } from 'undici'
import { afterEach, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../../snippets/shared/fake-llm/server.ts'
import { Semaphore } from '../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { createVendorPool, productionTransport } from '../../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { CallTimeoutError } from '../../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import { burst, callVendor } from './makeItReal.ts'

/** Polls until `check` holds (the server notices a close a moment after we abort), at most `ms`. */
async function until(check: () => boolean, ms = 1000): Promise<void> {
  for (const end = performance.now() + ms; !check() && performance.now() < end;)
    await new Promise(r => setTimeout(r, 5))
}

let vendor: FakeLlmServer | undefined
let pool: Pool | undefined
afterEach(async () => {
  await pool?.destroy()
  await vendor?.close()
  vendor = pool = undefined
})
async function setUp() {
  vendor = await serveFakeLlm({ plan: { latencyMs: 1000 } })
  pool = createVendorPool({ ...productionTransport(vendor.url), connections: 10 })
  return { url: vendor.url, dispatcher: pool }
}

it('the deadline aborts the request: the vendor sees the close and has nothing in flight', async () => {
  const target = await setUp()
  const lag = monitorEventLoopDelay({ resolution: 5 }) // a busy machine may stall the loop
  lag.enable()
  await expect(callVendor(target, 'hi', 100)).rejects.toBeInstanceOf(CallTimeoutError)
  const firedAt = Date.now()
  await until(() => vendor!.stats.clientCloses.length > 0 && vendor!.stats.inFlight === 0)
  expect(vendor!.stats.clientCloses).toHaveLength(1) // a race never closes anything
  await new Promise(r => setTimeout(r, 20)) // let the lag histogram record any stall
  expect(vendor!.stats.clientCloses[0]!.at - firedAt).toBeLessThan(150 + lag.max / 1e6)
  lag.disable()
  expect(vendor!.stats.inFlight).toBe(0)
})

it('a burst of 10 calls through 3 permits never has more than 3 at the vendor', async () => {
  const target = await setUp()
  const results = await burst(target, Array.from({ length: 10 }, (_, i) => `q${i}`), new Semaphore(3), 100)
  expect(results.every(r => r.status === 'rejected' && r.reason instanceof CallTimeoutError)).toBe(true)
  expect(vendor!.stats.maxInFlight).toBeLessThanOrEqual(3)
})
