import { fetch } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { rateOnly, rateWithPermits } from '../../../snippets/safe-api-calls/core-concepts/rateIsNotConcurrency.ts'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { TokenBucket } from '../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'
import { createVendorPool, productionTransport } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'

describe('a rate limiter is not a concurrency control (bucket 20/s, burst 1, for 2 s)', () => {
  const servers: FakeLlmServer[] = []
  afterEach(async () => {
    await Promise.all(servers.map(s => s.close()))
    for (const s of servers) expect(s.stats.openSockets).toBe(0)
    servers.length = 0
  })

  /** One fake vendor and one pool per run, so the four runs can go in parallel. */
  async function run(latencyMs: number, permits?: number): Promise<number> {
    const server = await serveFakeLlm({ plan: { latencyMs } })
    servers.push(server)
    const pool = createVendorPool({ ...productionTransport(server.url), connections: 50 })
    const call = async () => {
      const res = await fetch(`${server.url}/v1/chat/completions`, {
        method: 'POST', dispatcher: pool, headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }),
      })
      await res.text()
    }
    const bucket = new TokenBucket({ ratePerSec: 20, burst: 1 })
    try {
      if (permits === undefined)
        await rateOnly(call, bucket, 2000)
      else
        await rateWithPermits(call, bucket, new Semaphore(permits), 2000)
    }
    finally {
      await pool.close()
    }
    expect(server.stats.requests).toBeGreaterThanOrEqual(10) // the runs really called the vendor
    return server.stats.maxInFlight
  }

  it('in-flight tracks latency under a rate limit alone, and a semaphore pins it', async () => {
    const [fast, slow, fastCapped, slowCapped] = await Promise.all([run(50), run(500), run(50, 3), run(500, 3)])
    expect(fast).toBeLessThanOrEqual(3) // 20/s x 50 ms = 1 in flight on average
    expect(slow).toBeGreaterThanOrEqual(8) // same rate, 20/s x 500 ms = 10
    expect(fastCapped).toBeLessThanOrEqual(3) // the pin never binds when calls are fast...
    expect(slowCapped).toBe(3) // ...and holds exactly when latency grows
  })
})
