import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ClientAbortError, VendorQuotaExceededError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { GlobalVendorLimiter, SLIDING_WINDOW_LUA } from '../../../snippets/safe-api-calls/kubernetes/globalLimiter.ts'
import { admittedAt, forkPods, maxInWindow, spawnPods } from '../../../snippets/safe-api-calls/kubernetes/podSimulation.ts'
import { serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { startRedisServer, type RedisServer } from '../../support/redis-server.ts'
import { lagMonitor } from '../../support/timing.ts'

let server: RedisServer
const clients: Redis[] = []
let keyNo = 0

/** A "pod": its own Redis connection and its own limiter object; only the key string is shared. */
async function pod(key: string, limit: number, windowMs: number) {
  // enableOfflineQueue: false makes commands fail fast while disconnected, so wait for "ready" once.
  const redis = new Redis(server.port, server.host, { enableOfflineQueue: false })
  clients.push(redis)
  await new Promise<void>(resolve => redis.once('ready', () => resolve()))
  return { redis, limiter: new GlobalVendorLimiter({ redis, key, limit, windowMs, rand: () => 0 }) }
}
const freshKey = () => `vendor:rate:test-${process.pid}-${++keyNo}`

beforeAll(async () => { server = await startRedisServer() })
afterEach(async () => {
  await Promise.all(clients.splice(0).map(c => c.quit()))
})
afterAll(async () => { await server.stop() })

describe('globalLimiter: one atomic sliding window in Redis for every pod', () => {
  it('50 simultaneous acquisitions across 5 pods with one slot left admit exactly one', async () => {
    const key = freshKey()
    const pods = await Promise.all(Array.from({ length: 5 }, () => pod(key, 20, 60_000)))
    for (let i = 0; i < 19; i++)
      expect((await pods[0]!.limiter.tryAcquire()).admitted).toBe(true)
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => pods[i % 5]!.limiter.tryAcquire()))
    expect(results.filter(r => r.admitted)).toHaveLength(1)
    expect(await pods[0]!.redis.zcard(key)).toBe(20)
  })

  it('two acquisitions in the same millisecond are both counted (unique members)', async () => {
    const key = freshKey()
    const { redis } = await pod(key, 20, 60_000)
    // Both scripts run back to back inside one MULTI: same Redis TIME millisecond in practice.
    const member = () => `${Date.now()}-${crypto.randomUUID()}`
    await redis.multi().eval(SLIDING_WINDOW_LUA, 1, key, 20, 60_000, member()).eval(SLIDING_WINDOW_LUA, 1, key, 20, 60_000, member()).exec()
    expect(await redis.zcard(key)).toBe(2)
    // The guide's version used the timestamp as the member: the second call overwrites the first.
    const guideKey = freshKey()
    const now = Date.now()
    await redis.zadd(guideKey, now, String(now))
    await redis.zadd(guideKey, now, String(now))
    expect(await redis.zcard(guideKey)).toBe(1)
    await redis.del(guideKey)
  })

  it('the key expires between the window and window + 10 s', async () => {
    const key = freshKey()
    const { redis, limiter } = await pod(key, 5, 2_000)
    await limiter.tryAcquire()
    const ttl = await redis.pttl(key)
    expect(ttl).toBeGreaterThan(2_000)
    expect(ttl).toBeLessThanOrEqual(12_000)
  })

  it('a refusal says when the oldest entry leaves the window', async () => {
    const key = freshKey()
    const { limiter } = await pod(key, 1, 1_000)
    expect(await limiter.tryAcquire()).toMatchObject({ admitted: true })
    const refusal = await limiter.tryAcquire()
    expect(refusal.admitted).toBe(false)
    if (!refusal.admitted) {
      expect(refusal.retryAfterMs).toBeGreaterThan(900)
      expect(refusal.retryAfterMs).toBeLessThanOrEqual(1_000)
    }
  })

  it('waitAndAcquire resolves shortly after the oldest entry leaves the window, with one wake-up', async () => {
    const key = freshKey()
    const { limiter } = await pod(key, 2, 300)
    await limiter.tryAcquire()
    await limiter.tryAcquire()
    const calls = vi.spyOn(limiter, 'tryAcquire')
    using lag = lagMonitor()
    const start = performance.now()
    await limiter.waitAndAcquire(1_000)
    const waited = performance.now() - start
    expect(waited).toBeGreaterThanOrEqual(250) // not before the window lets it in
    expect(waited).toBeLessThan(300 + await lag.slack()) // and not much later than the window
    expect(calls).toHaveBeenCalledTimes(2) // refused once, told when, slept, admitted: no polling
  })

  it('with no slot freeing inside a 300 ms budget it rejects with VendorQuotaExceededError and a hint', async () => {
    const key = freshKey()
    const { redis, limiter } = await pod(key, 1, 1_000)
    await limiter.tryAcquire()
    const start = performance.now()
    const err = await limiter.waitAndAcquire(300).catch((e: unknown) => e)
    expect(performance.now() - start).toBeLessThan(350)
    expect(err).toBeInstanceOf(VendorQuotaExceededError)
    expect((err as VendorQuotaExceededError).retryAfterMs).toBeGreaterThan(600)
    expect(await redis.zcard(key)).toBe(1)
  })

  it('aborting the caller stops the wait at once and adds no member', async () => {
    const key = freshKey()
    const { redis, limiter } = await pod(key, 1, 1_000)
    await limiter.tryAcquire()
    const before = await redis.zrange(key, '0', '-1')
    const caller = new AbortController()
    const waiting = limiter.acquire(caller.signal).catch((e: unknown) => e)
    await new Promise(resolve => setTimeout(resolve, 100))
    const abortedAt = performance.now()
    caller.abort(new ClientAbortError())
    const err = await waiting
    expect(performance.now() - abortedAt).toBeLessThan(50)
    expect(err).toBeInstanceOf(ClientAbortError)
    await new Promise(resolve => setTimeout(resolve, 1_000)) // past the point the waiter would have woken
    expect(await redis.zrange(key, '0', '-1')).toEqual(before) // the departed caller never added one
  })
})

describe('globalLimiter across pods: what the vendor receives', () => {
  // Each request carries its admission time (Redis TIME) in X-Request-ID, so the check reads the
  // vendor's log on the limiter's single clock, free of the arrival jitter a loaded machine adds.
  const admissions = (log: { requestId: string | undefined }[]) => log.map(r => admittedAt(r.requestId))

  it('5 in-process pods, 300 attempts over 2 s, one shared 20/s window: never more than 20 in any second', async () => {
    const vendor = await serveFakeLlm()
    try {
      const limit = { kind: 'global' as const, redisUrl: server.url, key: freshKey(), limit: 20, windowMs: 1_000 }
      const pods = await spawnPods(5, { vendorUrl: vendor.url, durationMs: 2_000, attemptEveryMs: 33, limit }) // 5 x ~60 attempts
      const times = admissions(vendor.stats.log)
      expect(pods.reduce((n, p) => n + p.sent, 0)).toBe(times.length)
      expect(times.every(Number.isFinite)).toBe(true)
      expect(times.length).toBeGreaterThanOrEqual(40) // the quota is used, window after window
      expect(maxInWindow(times, 1_000)).toBeLessThanOrEqual(20)
      expect(new Set(vendor.stats.log.map(r => r.client)).size).toBe(5) // every pod got a share
    }
    finally {
      await vendor.close()
    }
  })

  it('3 forked processes sharing one Redis key: the cluster-wide limit holds across processes', async () => {
    const vendor = await serveFakeLlm()
    try {
      const limit = { kind: 'global' as const, redisUrl: server.url, key: freshKey(), limit: 10, windowMs: 1_000 }
      const procs = await forkPods(3, { vendorUrl: vendor.url, durationMs: 2_000, attemptEveryMs: 20, limit })
      const times = admissions(vendor.stats.log)
      expect(procs.reduce((n, p) => n + p.sent, 0)).toBe(times.length)
      expect(times.length).toBeGreaterThanOrEqual(10)
      expect(maxInWindow(times, 1_000)).toBeLessThanOrEqual(10)
    }
    finally {
      await vendor.close()
    }
  })
})
