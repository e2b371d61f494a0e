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
    expect(server.stats.requests).toBeGreaterThanOrEqual(5) // the runs really called the vendor (3 permits x 1 s calls for 2 s: ~6)
    return server.stats.maxInFlight
  }

  it('in-flight tracks latency under a rate limit alone, and a semaphore pins it', async () => {
    const [fast, slow, fastCapped, slowCapped] = await Promise.all([run(50), run(1000), run(50, 3), run(1000, 3)])
    // Nominal: 20/s x 50 ms = 1 in flight, 20/s x 1 s = 20 (the spec's "at most 3" and "at least 8");
    // compared relatively so a loaded CI box that stretches every call cannot flip the verdict.
    expect(fast).toBeLessThan(8)
    expect(slow).toBeGreaterThanOrEqual(Math.max(8, fast + 4)) // same rate, twenty times the latency (1 s: a loaded box cannot blur it)
    expect(fastCapped).toBeLessThanOrEqual(3) // the pin never binds when calls are fast...
    expect(slowCapped).toBe(3) // ...and holds exactly when latency grows
  })
})
