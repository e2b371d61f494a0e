import type { Pool } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { createVendorPool, productionTransport } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { callWired, callWithRace } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/advisoryVsWired.ts'
import { CallTimeoutError } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import { lagMonitor, until } from '../../support/timing.ts'

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

describe('advisory (race) vs wired (signal) timeouts: vendor latency 1 s, budget 100 ms', () => {
  let server: FakeLlmServer | undefined
  let pool: Pool | undefined
  afterEach(async () => {
    await pool?.destroy()
    await server?.close()
    expect(server?.stats.openSockets ?? 0).toBe(0)
    server = pool = undefined
  })
  async function setUp(connections = 10) {
    server = await serveFakeLlm({ plan: { latencyMs: 1000 } })
    pool = createVendorPool({ ...productionTransport(server.url), connections })
    return { server, v: { url: server.url, dispatcher: pool } }
  }

  it('the race rejects at the budget, but the request runs to its normal end', async () => {
    const { server, v } = await setUp()
    using lag = lagMonitor()
    const t0 = performance.now()
    await expect(callWithRace(v, 'hi', 100)).rejects.toBeInstanceOf(CallTimeoutError)
    expect(performance.now() - t0).toBeLessThan(100 + await lag.slack())
    await sleep(500 - (performance.now() - t0))
    expect(server.stats.inFlight).toBe(1) // the vendor is still generating
    expect(server.stats.openSockets).toBe(1) // and the socket is still ours
    await until(() => server.stats.log[0]?.outcome !== 'in-flight', 2000)
    const [record] = server.stats.log
    expect(record?.outcome).toBe('completed') // a normal finish, near 1 s
    expect(record!.finishedAt! - record!.at).toBeGreaterThanOrEqual(950)
    expect(server.stats.clientCloses).toHaveLength(0)
  })

  it('the wired version aborts with the typed reason and the vendor sees the close', async () => {
    const { server, v } = await setUp()
    using lag = lagMonitor()
    const t0 = performance.now()
    const call = callWired(v, 'hi', 100)
    await expect(call).rejects.toBeInstanceOf(CallTimeoutError)
    const firedAt = Date.now()
    expect(performance.now() - t0).toBeLessThan(100 + await lag.slack())
    await until(() => server.stats.clientCloses.length > 0 && server.stats.inFlight === 0)
    const [close] = server.stats.clientCloses
    expect(close).toBeDefined()
    expect(close!.at - firedAt).toBeLessThan(150 + await lag.slack()) // the vendor learns right away
    expect(close!.phase).toBe('before-headers')
    expect(server.stats.inFlight).toBe(0)
    await until(() => server.stats.openSockets === 0)
    expect(server.stats.openSockets).toBe(0) // the socket was destroyed, not kept for reuse
    expect(pool!.stats.connected).toBe(0)
  })

  /** 10 calls, 3 permits, permit released as soon as OUR promise settles. */
  async function burst(call: typeof callWired) {
    const permits = new Semaphore(3)
    const { v, server } = await setUp(10)
    await Promise.all(Array.from({ length: 10 }, async (_, i) => {
      using _permit = await permits.acquire()
      await call(v, `q${i}`, 100).catch(() => undefined)
    }))
    return server.stats.maxInFlight
  }

  it('released on a race, permits overshoot at the vendor', async () => {
    expect(await burst(callWithRace)).toBeGreaterThan(3)
  })

  it('wired, the vendor never sees more than the permits', async () => {
    expect(await burst(callWired)).toBeLessThanOrEqual(3)
  })
})
