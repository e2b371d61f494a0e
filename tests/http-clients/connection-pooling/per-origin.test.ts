import { afterEach, describe, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { createVendor, type Vendor } from '../../../snippets/http-clients/connection-pooling/per-origin.ts'

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await work()
  return performance.now() - t0
}

describe('two vendors, one agent and one limiter each', () => {
  const servers: FakeLlmServer[] = []
  const vendors: Vendor[] = []
  afterEach(async () => {
    await Promise.all(vendors.splice(0).map(v => v.close()))
    await Promise.all(servers.splice(0).map(s => s.close()))
  })

  it('vendor A keeps its normal latency while vendor B is saturated; B never exceeds its limit', async () => {
    const fastA = await serveFakeLlm({ plan: { latencyMs: 50 } })
    const slowB = await serveFakeLlm({ plan: { latencyMs: 1_500 } })
    servers.push(fastA, slowB)
    const a = createVendor(fastA.url, { connections: 5, maxInFlight: 5 })
    const b = createVendor(slowB.url, { connections: 5, maxInFlight: 5 })
    vendors.push(a, b)
    await a.call('warm-up') // the socket exists before we measure
    const alone = await timed(() => a.call('alone'))

    const backlog = Array.from({ length: 10 }, (_, i) => b.call(`slow ${i}`))
    let maxB = 0
    const sample = setInterval(() => { maxB = Math.max(maxB, b.inFlight()) }, 5)
    while (slowB.stats.inFlight < 5) await new Promise(r => setTimeout(r, 5))
    const underLoad = await timed(() => a.call('while B is saturated'))
    expect(slowB.stats.log.filter(r => r.outcome === 'completed')).toEqual([]) // A answered inside B's first wave
    expect(underLoad).toBeLessThan(Math.max(alone + 500, 1_000)) // generous for a loaded machine; B takes 1.5 s
    await Promise.all(backlog)
    clearInterval(sample)
    expect(maxB).toBe(5)
    expect(slowB.stats.maxInFlight).toBe(5)
    expect(fastA.stats.maxInFlight).toBe(1)
  }, 20_000)

  it('the limiter never exceeds the pool: maxInFlight above connections is capped', async () => {
    const s = await serveFakeLlm({ plan: { latencyMs: 100 } })
    servers.push(s)
    const v = createVendor(s.url, { connections: 3, maxInFlight: 10 })
    vendors.push(v)
    let max = 0
    await Promise.all(Array.from({ length: 12 }, async (_, i) => {
      const call = v.call(`q${i}`)
      max = Math.max(max, v.inFlight())
      await call
    }))
    expect(max).toBe(3)
    expect(s.stats.maxInFlight).toBe(3)
  })
})
