import { Hono } from 'hono'
import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { callLlm, inProcessTransport } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { QueueTimeoutError, VendorQuotaExceededError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { registerLlmRoute } from '../../../snippets/safe-api-calls/call-patterns/llmRoute.ts'
import { podDeps } from '../../../snippets/safe-api-calls/kubernetes/podLayers.ts'
import { createFakeLlm, type FakeLlm } from '../../../snippets/shared/fake-llm/app.ts'
import { startRedisServer, type RedisServer } from '../../support/redis-server.ts'

let server: RedisServer
let redis: Redis
let fake: FakeLlm
let keyNo = 0
const messages = [{ role: 'user' as const, content: 'hi' }]
const never = new AbortController().signal

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

function pod(vendorLimit: number, o: { localPerSec?: number, latencyMs?: number } = {}) {
  fake = createFakeLlm({ plan: { latencyMs: o.latencyMs ?? 0 } })
  return podDeps({
    permits: 2, localPerSec: o.localPerSec ?? 100, queueMs: 300, callMs: 2_000,
    vendor: { redis, key: `vendor:rate:layers-${process.pid}-${++keyNo}`, limit: vendorLimit, windowMs: 10_000 },
  }, inProcessTransport(fake.app), 'http://vendor.test')
}

describe('podLayers: local token -> global vendor token -> permit, under one queue deadline', () => {
  it('global limiter exhausted: VendorQuotaExceededError (429) without ever touching a permit', async () => {
    const p = pod(1)
    await callLlm({ messages }, p.call, never) // spends the whole (cluster-wide) quota
    const permitSpy = vi.spyOn(p.permits, 'acquire')
    const err = await callLlm({ messages }, p.call, never).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(VendorQuotaExceededError)
    expect((err as VendorQuotaExceededError).retryAfterMs).toBeGreaterThan(9_000)
    expect(permitSpy).not.toHaveBeenCalled()
    expect(fake.stats.requests).toBe(1) // and it was not retried

    const app = registerLlmRoute(new Hono(), { call: p.call, slaMs: 1_000 })
    const res = await app.request('/chat', { method: 'POST', body: JSON.stringify({ prompt: 'hi' }) })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(9)
  })

  it('local token exhausted: the global limiter is never consulted; the queue deadline ends the wait', async () => {
    const p = pod(100, { localPerSec: 1 }) // burst 1: one call, then a 1 s wait for the next token
    await callLlm({ messages }, p.call, never)
    const vendorSpy = vi.spyOn(p.vendor, 'acquire')
    const started = performance.now()
    const err = await callLlm({ messages }, p.call, never).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(QueueTimeoutError)
    expect(performance.now() - started).toBeLessThan(400)
    expect(vendorSpy).not.toHaveBeenCalled()
    expect(await redis.zcard(`vendor:rate:layers-${process.pid}-${keyNo}`)).toBe(1) // no vendor token wasted
  })

  it('a 1 s call succeeds under a 300 ms queue deadline: the clock covered the waits, not the call', async () => {
    const p = pod(100, { latencyMs: 1_000 })
    const events: string[] = []
    const res = await callLlm({ messages }, { ...p.call, log: e => events.push(e) }, never)
    expect(res.status).toBe(200)
    expect(events.slice(0, 3)).toEqual(['acquiring_rate_token', 'acquiring_vendor_token', 'acquiring_permit'])
    expect(p.permits.available).toBe(2)
  })
})
