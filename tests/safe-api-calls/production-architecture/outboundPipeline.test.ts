import { Hono } from 'hono'
import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { inProcessTransport } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { CallTimeoutError, QueueTimeoutError, VendorQuotaExceededError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { errorToResponse } from '../../../snippets/safe-api-calls/production-architecture/httpMapping.ts'
import { outboundPipeline, type OutboundConfig, retriedByPipeline } from '../../../snippets/safe-api-calls/production-architecture/outboundPipeline.ts'
import { createFakeLlm, type FakeLlm } from '../../../snippets/shared/fake-llm/app.ts'
import type { FaultPlan } from '../../../snippets/shared/fake-llm/plan.ts'
import { type RedisServer, startRedisServer } from '../../support/redis-server.ts'
import { lagMonitor } from '../../support/timing.ts'

let server: RedisServer
let redis: Redis
let fake: FakeLlm
let n = 0
const never = new AbortController().signal
const messages = [{ role: 'user' as const, content: 'hi' }]

beforeAll(async () => {
  server = await startRedisServer()
  redis = new Redis(server.port, server.host, { enableOfflineQueue: false })
  await new Promise<void>(resolve => redis.once('ready', () => resolve()))
})
afterEach(() => { fake?.stopAll() })
afterAll(async () => {
  await redis.quit()
  await server.stop()
})

/** The scaled profile: queue 200 ms, vendor wait 100 ms (the guide's 3 s inside 5 s), call 150 ms. */
function pipeline(plan: FaultPlan, o: Partial<OutboundConfig> & { vendorLimit?: number } = {}) {
  fake = createFakeLlm({ plan })
  const cfg: OutboundConfig = {
    permits: 2, localPerSec: 1_000, queueMs: 200, vendorWaitMs: 100, callMs: 150,
    vendor: { redis, key: `vendor:pa-${process.pid}-${++n}`, limit: o.vendorLimit ?? 100, windowMs: 10_000 },
    ...o,
  }
  const out = outboundPipeline(cfg, inProcessTransport(fake.app), 'http://vendor.test')
  const app = new Hono().post('/chat', async c => c.json(await out.run({ messages }, c.req.raw.signal)))
  app.onError(err => errorToResponse(err, () => {}))
  return { out, app, chat: () => app.request('/chat', { method: 'POST' }) }
}

describe('outboundPipeline: the guide\'s sequence with the kit\'s decisions', () => {
  it('vendor token exhausted: 429 + Retry-After after one short wait, no retry, permit never acquired', async () => {
    const p = pipeline({}, { vendorLimit: 1 })
    expect((await p.chat()).status).toBe(200) // spends the whole cluster-wide quota
    const permits = vi.spyOn(p.out.permits, 'acquire')
    const tries = vi.spyOn(p.out.vendor, 'tryAcquire')
    const t0 = performance.now()
    const res = await p.chat()
    expect(performance.now() - t0).toBeLessThan(100 + 50) // at most the vendor wait budget
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(9) // the window's real hint
    expect(tries).toHaveBeenCalledTimes(1) // one look, no backoff-and-retry
    expect(permits).not.toHaveBeenCalled()
    expect(fake.stats.requests).toBe(1)
    expect(retriedByPipeline(new VendorQuotaExceededError(1_000), 0)).toBe(false)
  })

  it('call timeout on attempt 1, then success: 200 after 2 vendor requests', async () => {
    const p = pipeline({ steps: [{ latencyMs: 1_000 }, {}], sequenceBy: 'scenario' })
    const res = await p.chat()
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ attempts: 2 })
    expect(fake.stats.requests).toBe(2)
    expect(retriedByPipeline(new CallTimeoutError(), 0)).toBe(true)
  })

  it('call timeouts on every attempt: 502 FinalFailure (not 504)', async () => {
    const p = pipeline({ latencyMs: 1_000 })
    const res = await p.chat()
    expect(res.status).toBe(502)
    expect(await res.json()).toEqual({ error: 'upstream_failed', code: 'CALL_TIMEOUT' })
    expect(fake.stats.requests).toBe(2) // a call timeout is retried once, not twice
    expect(retriedByPipeline(new CallTimeoutError(), 1)).toBe(false)
  })

  it('one queue deadline covers the local token, vendor token and permit waits together', async () => {
    const p = pipeline({ latencyMs: 5_000 }, { permits: 1, localPerSec: 10 }) // burst 10, then 1 per 100 ms
    while (p.out.local.tryTake()) { /* drain the burst: the next token is ~100 ms away */ }
    const holder = await p.out.permits.acquire() // and the only permit is busy
    using lag = lagMonitor()
    const t0 = performance.now()
    const err = await p.out.run({ messages }, never).catch((e: unknown) => e)
    const waited = performance.now() - t0
    holder.release()
    expect(err).toBeInstanceOf(QueueTimeoutError)
    expect(waited).toBeGreaterThanOrEqual(190) // token (~100) + permit wait share ONE 200 ms clock...
    expect(waited).toBeLessThan(200 + await lag.slack()) // ...not 200 ms per stage
    expect(retriedByPipeline(err, 0)).toBe(false)
    expect(fake.stats.requests).toBe(0)
  })
})
