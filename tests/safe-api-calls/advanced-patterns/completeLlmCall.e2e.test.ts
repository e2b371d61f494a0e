// The section's fault matrix against the gold path: the real fake LLM over sockets, a real Redis,
// and three "pods" (own connections, pools, semaphores, limiters and breaker objects; shared keys).
import { Redis } from 'ioredis'
import { RateLimiterRedis } from 'rate-limiter-flexible'
import { Pool } from 'undici'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ClientAbortError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { undiciTransport } from '../../../snippets/safe-api-calls/call-patterns/vendorTransport.ts'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { TokenBucket } from '../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'
import { GlobalVendorLimiter } from '../../../snippets/safe-api-calls/kubernetes/globalLimiter.ts'
import { queuePhaseWithGlobalToken } from '../../../snippets/safe-api-calls/kubernetes/podLayers.ts'
import { GUIDE_BREAKER } from '../../../snippets/safe-api-calls/advanced-patterns/breakerStateMachine.ts'
import { completeLlmCall, errorToResponse, type FullDeps, type UserCtx } from '../../../snippets/safe-api-calls/advanced-patterns/completeLlmCall.ts'
import { LocalMetrics } from '../../../snippets/safe-api-calls/advanced-patterns/localMetrics.ts'
import { RedisBreaker } from '../../../snippets/safe-api-calls/advanced-patterns/redisBreaker.ts'
import type { FaultPlan } from '../../../snippets/shared/fake-llm/app.ts'
import { serveFakeLlm, type FakeLlmServer } from '../../../snippets/shared/fake-llm/server.ts'
import { startRedisServer, type RedisServer } from '../../support/redis-server.ts'
import { lagMonitor } from '../../support/timing.ts'

let redisServer: RedisServer
let vendor: FakeLlmServer
const closers: (() => Promise<unknown>)[] = []
let n = 0

interface PodOptions { permits?: number, queueMs?: number, callMs?: number, slaMs?: number, vendorLimit?: number, pressure?: number }
type Pod = FullDeps & { redis: Redis, breaker: RedisBreaker, metrics: LocalMetrics }

/** One scenario (own fault plan) and `count` pods sharing only Redis key names. */
async function fleet(plan: FaultPlan, count: number, o: PodOptions = {}): Promise<{ pods: Pod[], name: string }> {
  const name = `e2e-${process.pid}-${++n}`
  const { headers } = vendor.fake.scenario(name, plan)
  const pods = await Promise.all(Array.from({ length: count }, async () => {
    const redis = new Redis(redisServer.port, redisServer.host, { enableOfflineQueue: false, commandTimeout: 200 })
    await new Promise<void>(resolve => redis.once('ready', () => resolve()))
    const pool = new Pool(vendor.url, { connections: o.permits ?? 5, allowH2: false })
    closers.push(() => pool.close(), () => redis.quit())
    const permits = new Semaphore(o.permits ?? 5)
    const vendorLimiter = new GlobalVendorLimiter({ redis, key: `vendor:${name}`, limit: o.vendorLimit ?? 10_000, windowMs: 60_000, maxWaitMs: 50, rand: () => 0 })
    const pod: Pod = {
      transport: undiciTransport(pool), url: `${vendor.url}/v1/chat/completions`, headers,
      callMs: o.callMs ?? 300, slaMs: o.slaMs ?? 1_000, backoff: { baseMs: 20, capMs: 200 }, rand: () => 0.5,
      queue: queuePhaseWithGlobalToken(new TokenBucket({ ratePerSec: 10_000, burst: 1_000 }), vendorLimiter, permits, o.queueMs ?? 150),
      breaker: new RedisBreaker({ redis, name, config: { ...GUIDE_BREAKER, openMs: 500 } }),
      users: new RateLimiterRedis({ storeClient: redis, keyPrefix: `users:${name}`, points: 10_000, duration: 60, rejectIfRedisNotReady: true }),
      permits, metrics: new LocalMetrics(), pressure: () => o.pressure ?? 0, redis,
    }
    return pod
  }))
  return { pods, name }
}

const pro: UserCtx = { id: 'user-1', tier: 'pro' }
async function call(pod: Pod, user: UserCtx = pro, signal = new AbortController().signal, requestId?: string) {
  const started = performance.now()
  try {
    const res = await completeLlmCall({ messages: [{ role: 'user', content: 'hi' }], requestId }, user, pod, signal)
    return { status: 200, attempts: res.attempts, ms: performance.now() - started, retryAfter: null, err: undefined }
  }
  catch (err) {
    const res = errorToResponse(err)
    return { status: res.status, attempts: 0, ms: performance.now() - started, retryAfter: res.headers.get('retry-after'), err }
  }
}
const requestsOf = (name: string) => vendor.stats.forScenario(name).log

beforeAll(async () => { redisServer = await startRedisServer() })
afterEach(async () => {
  vi.restoreAllMocks()
  await Promise.all(closers.splice(0).map(close => close()))
  await vendor.close()
  expect(vendor.stats.openSockets).toBe(0)
})
afterAll(async () => { await redisServer.stop() })
beforeEach(async () => { vendor = await serveFakeLlm() })

describe('completeLlmCall: the full fault matrix on three pods', () => {
  it('healthy -> 200', async () => {
    const { pods: [a] } = await fleet({}, 1)
    expect(await call(a!)).toMatchObject({ status: 200, attempts: 1 })
  })

  it('slow vendor: call timeout, one retry, 200', async () => {
    const { pods: [a], name } = await fleet({ steps: [{ latencyMs: 2_000 }] }, 1)
    const r = await call(a!)
    expect(r).toMatchObject({ status: 200, attempts: 2 })
    await vi.waitFor(() => expect(requestsOf(name).map(q => q.outcome)).toEqual(['client-closed', 'completed'])) // the socket really closed
  })

  it('503, 503, 200 -> 200 after 3 vendor requests sharing one request id', async () => {
    const { pods: [a], name } = await fleet({ statuses: [503, 503, 200] }, 1)
    expect(await call(a!, pro, undefined, 'req-burst')).toMatchObject({ status: 200, attempts: 3 })
    expect(requestsOf(name).map(q => q.requestId)).toEqual(['req-burst', 'req-burst', 'req-burst'])
  })

  it('persistent 500: 502 after 3 attempts; after 5 faults every pod fails fast; 2 probes close it', async () => {
    const { pods: [a, b, c], name } = await fleet({ status: 500 }, 3)
    expect(await call(a!)).toMatchObject({ status: 502 })
    expect(requestsOf(name)).toHaveLength(3)
    expect(await call(b!)).toMatchObject({ status: 503 }) // faults 4 and 5, then its 3rd attempt meets the open breaker
    expect(requestsOf(name)).toHaveLength(5)
    const fast = await call(c!)
    expect(fast).toMatchObject({ status: 503, retryAfter: '1' })
    expect(fast.ms).toBeLessThan(500) // two Redis round trips: under 10 ms idle; generous for a loaded CI machine
    expect(requestsOf(name)).toHaveLength(5) // zero vendor requests
    vendor.fake.scenario(name, {}) // the vendor recovers
    await new Promise(r => setTimeout(r, 550))
    const probes = await Promise.all([call(a!), call(b!)])
    expect(probes.map(p => p.status)).toEqual([200, 200])
    expect(await c!.breaker.state()).toBe('closed')
  })

  it('429 with retry-after-ms: 150 -> waits at least 150 ms, then 200', async () => {
    const { pods: [a] } = await fleet({ statuses: [429, 200], retryAfterMs: 150 }, 1)
    const r = await call(a!)
    expect(r).toMatchObject({ status: 200, attempts: 2 })
    expect(r.ms).toBeGreaterThanOrEqual(150)
  })

  it('429 advising longer than the remaining SLA -> an immediate 429 with that Retry-After', async () => {
    const { pods: [a], name } = await fleet({ status: 429, retryAfter: 5 }, 1)
    using lag = lagMonitor()
    const r = await call(a!)
    expect(r).toMatchObject({ status: 429, retryAfter: '5' })
    expect(r.ms).toBeLessThan(await lag.slack()) // no sleep (sleeping would take 5 s)
    expect(requestsOf(name)).toHaveLength(1)
    expect(await a!.breaker.state()).toBe('closed') // quota is not health
  })

  it('reset before headers -> retried, 200', async () => {
    const { pods: [a] } = await fleet({ steps: [{ reset: 'before-headers' }] }, 1)
    expect(await call(a!)).toMatchObject({ status: 200, attempts: 2 })
  })

  it('401 -> one vendor request, 502, breaker untouched', async () => {
    const { pods: [a], name } = await fleet({ status: 401 }, 1)
    expect(await call(a!)).toMatchObject({ status: 502 })
    expect(requestsOf(name)).toHaveLength(1)
    expect(await a!.redis.exists(`breaker:${name}:state`, `breaker:${name}:failures`)).toBe(0)
  })

  it('100 concurrent requests, 5 permits per pod: vendor in flight never above 15, the rest 503 within the queue deadline', async () => {
    const { pods, name } = await fleet({ latencyMs: 150 }, 3, { queueMs: 100, slaMs: 2_000 })
    using lag = lagMonitor()
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => call(pods[i % 3]!, { id: `u${i}`, tier: 'pro' })))
    expect(vendor.stats.forScenario(name).maxInFlight).toBeLessThanOrEqual(15)
    const ok = results.filter(r => r.status === 200)
    const refused = results.filter(r => r.status === 503)
    expect(ok.length).toBeGreaterThanOrEqual(15)
    expect(ok.length + refused.length).toBe(100)
    const latest = 100 + await lag.slack() // the queue deadline, plus what a loaded machine added
    for (const r of refused) expect(r.ms).toBeLessThan(latest)
  })

  it('vendor quota exhausted -> 429 without a permit being taken', async () => {
    const { pods: [a] } = await fleet({}, 1, { vendorLimit: 2 })
    await call(a!)
    await call(a!)
    const acquire = vi.spyOn(a!.permits, 'acquire')
    expect(await call(a!)).toMatchObject({ status: 429 })
    expect(acquire).not.toHaveBeenCalled()
  })

  it('free tier under pressure 0.8 -> 429 before any limiter', async () => {
    const { pods: [a], name } = await fleet({}, 1, { pressure: 0.8 })
    const spies = [vi.spyOn(a!.users, 'consume'), vi.spyOn(a!.breaker, 'allow'), vi.spyOn(a!.permits, 'acquire')]
    expect(await call(a!, { id: 'free-1', tier: 'free' })).toMatchObject({ status: 429 })
    for (const spy of spies) expect(spy).not.toHaveBeenCalled()
    expect(requestsOf(name)).toHaveLength(0)
    expect(await call(a!, { id: 'pro-1', tier: 'pro' })).toMatchObject({ status: 200 })
  })

  it('hanging vendor -> 504 at the SLA', async () => {
    const { pods: [a] } = await fleet({ latencyMs: 10_000 }, 1, { slaMs: 500 })
    const r = await call(a!)
    expect(r.status).toBe(504)
    expect(r.ms).toBeGreaterThanOrEqual(480)
    expect(r.ms).toBeLessThan(900)
  })

  it('client abort mid-call: the vendor sees the close, permit released, breaker unchanged, a neutral sample', async () => {
    const { pods: [a], name } = await fleet({ latencyMs: 2_000 }, 1)
    const client = new AbortController()
    setTimeout(() => client.abort(new ClientAbortError()), 100)
    expect(await call(a!, pro, client.signal)).toMatchObject({ status: 499 })
    await vi.waitFor(() => expect(requestsOf(name)[0]?.outcome).toBe('client-closed'))
    expect(a!.permits.available).toBe(5)
    expect(await a!.redis.exists(`breaker:${name}:state`, `breaker:${name}:failures`)).toBe(0)
    expect(a!.metrics.calls.values().at(-1)?.outcome).toBe('neutral')
  })
})
