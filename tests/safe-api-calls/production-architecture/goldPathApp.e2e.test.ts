// The gold path so far, end to end over real sockets: client -> Node server (admission) -> Hono app
// -> Redis limits -> outbound pipeline -> undici Pool -> the fake LLM. The fake's counters are the vendor's view.
import type { Server } from 'node:http'
import { Redis } from 'ioredis'
import { Agent, fetch, Pool } from 'undici'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { undiciTransport } from '../../../snippets/safe-api-calls/call-patterns/vendorTransport.ts'
import { type AppDeps, createApp, createDeps } from '../../../snippets/safe-api-calls/production-architecture/goldPathApp.ts'
import { closeServer, listenWithBacklog } from '../../../snippets/safe-api-calls/production-architecture/serverConfig.ts'
import type { FaultPlan } from '../../../snippets/shared/fake-llm/plan.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { type RedisServer, startRedisServer } from '../../support/redis-server.ts'

let redisServer: RedisServer
let redis: Redis
let n = 0
let open: { vendor: FakeLlmServer, pool: Pool, server: Server, client: Agent } | undefined

beforeAll(async () => {
  redisServer = await startRedisServer()
  redis = new Redis(redisServer.port, redisServer.host, { enableOfflineQueue: false })
  await new Promise<void>(resolve => redis.once('ready', () => resolve()))
})
afterEach(async () => {
  if (!open) return
  await open.client.close()
  await closeServer(open.server)
  await open.pool.close()
  await open.vendor.close()
  expect(open.vendor.stats.openSockets).toBe(0)
  open = undefined
})
afterAll(async () => {
  await redis.quit()
  await redisServer.stop()
})

/** Scaled profile: 5 permits, queue 200 ms, call 300 ms, SLA 500 ms, 1 s limit windows. */
async function stack(plan: FaultPlan, o: { maxWaiting?: number, callMs?: number, slaMs?: number } = {}) {
  const vendor = await serveFakeLlm({ plan })
  const pool = new Pool(vendor.url, { connections: 5, allowH2: false })
  const deps: AppDeps = createDeps({
    maxInFlight: 100, slaMs: o.slaMs ?? 500,
    outbound: { permits: 5, localPerSec: 1_000, queueMs: 200, vendorWaitMs: 100, callMs: o.callMs ?? 300, vendor: { key: `gold:vendor:${++n}`, limit: 1_000, windowMs: 1_000 } },
    limits: { prefix: `gold:${n}`, windowSec: 1 },
    readyRules: { maxWaiting: o.maxWaiting ?? 80, maxErrorRate: 0.5 },
  }, redis, undiciTransport(pool), vendor.url, c => ({ id: c.req.header('x-user') ?? 'anon', tier: c.req.header('x-tier') ?? 'enterprise' }), () => {})
  const server = await listenWithBacklog(createApp(deps), { host: '127.0.0.1', port: 0, backlog: 200, keepAliveMs: 1_000, keepAliveBufferMs: 0, headersTimeoutMs: 2_000, requestTimeoutMs: 5_000 })
  const client = new Agent({ connections: 100, allowH2: false })
  open = { vendor, pool, server, client }
  const address = server.address()
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const chat = (o: { user?: string, tier?: string, signal?: AbortSignal } = {}) => fetch(`${base}/chat`, {
    method: 'POST', dispatcher: client, signal: o.signal, body: JSON.stringify({ prompt: 'hi' }),
    headers: { 'content-type': 'application/json', 'x-user': o.user ?? `u${n}`, 'x-tier': o.tier ?? 'enterprise' },
  })
  const get = (path: string) => fetch(`${base}${path}`, { dispatcher: client })
  return { vendor, deps, chat, get }
}

describe('goldPathApp e2e: the composed app against the fake LLM and a real Redis', () => {
  it('healthy: 200, one vendor request', async () => {
    const s = await stack({})
    const res = await s.chat()
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ attempts: 1 })
    expect(s.vendor.stats.requests).toBe(1)
  })

  it('503, 503, 200: the burst is absorbed; 3 vendor requests with one X-Request-ID', async () => {
    const s = await stack({ statuses: [503, 503, 200] })
    const res = await s.chat()
    expect(res.status).toBe(200)
    expect(s.vendor.stats.requests).toBe(3)
    expect(new Set(s.vendor.stats.log.map(r => r.requestId)).size).toBe(1)
  })

  it('persistent 500: 502 with a stable code after 3 vendor requests', async () => {
    const s = await stack({ status: 500 })
    const res = await s.chat()
    expect(res.status).toBe(502)
    expect(await res.json()).toEqual({ error: 'upstream_failed', code: 'UPSTREAM_500' })
    expect(s.vendor.stats.requests).toBe(3)
  })

  it('50 concurrent with 5 permits: never more than 5 at the vendor, the rest 503 within the queue deadline; /ready flips and recovers', async () => {
    const s = await stack({ latencyMs: 300 }, { maxWaiting: 20, callMs: 1_500, slaMs: 3_000 }) // calls outlast the 200 ms queue deadline
    const t0 = performance.now()
    const all = Array.from({ length: 50 }, (_, i) => s.chat({ user: `burst-${i}` /* /chat allows 20 per user */ }).then(async r => ({ status: r.status, ms: performance.now() - t0, retry: r.headers.get('retry-after'), body: await r.text() })))
    let settled = false
    void Promise.all(all).then(() => { settled = true })
    const probes: number[][] = [] // [ready, health] while the burst is queued
    while (!settled && !probes.some(([r]) => r === 503)) {
      probes.push([(await s.get('/ready')).status, (await s.get('/health')).status])
      await new Promise(r => setTimeout(r, 5))
    }
    expect(probes.some(([r]) => r === 503)).toBe(true) // 0 permits free, more than 20 waiting
    expect(probes.every(([, h]) => h === 200)).toBe(true) // liveness never follows load
    const results = await Promise.all(all)
    const rejected = results.filter(r => r.status === 503)
    expect(s.vendor.stats.maxInFlight).toBeLessThanOrEqual(5)
    expect(results.filter(r => r.status === 200).length).toBeGreaterThanOrEqual(5)
    expect(rejected.length).toBeGreaterThanOrEqual(40)
    for (const r of rejected) {
      expect(r.retry).toBe('1')
      expect(r.ms).toBeLessThan(200 + 800) // the queue deadline, with a loaded machine's slack (Redis trips first)
    }
    const ready = await s.get('/ready')
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })
  })

  it('free user over quota: 429 with rate-limit headers before any vendor request', async () => {
    const s = await stack({})
    for (let i = 0; i < 10; i++) expect((await s.chat({ user: 'free-1', tier: 'free' })).status).toBe(200)
    const res = await s.chat({ user: 'free-1', tier: 'free' })
    expect(res.status).toBe(429)
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(res.headers.get('retry-after')).toBe('1')
    expect(s.vendor.stats.requests).toBe(10)
  })

  it('hanging vendor: 504 at the SLA, not later', async () => {
    const s = await stack({ latencyMs: 10_000 })
    const t0 = performance.now()
    const res = await s.chat()
    const ms = performance.now() - t0
    expect(res.status).toBe(504)
    expect(ms).toBeGreaterThanOrEqual(450)
    expect(ms).toBeLessThan(500 + 300)
    expect(s.vendor.stats.requests).toBe(2) // the call timed out once, the retry ran into the SLA
  })

  it('client abort: the vendor request is closed and the permit released', async () => {
    const s = await stack({ latencyMs: 5_000 })
    const abort = new AbortController()
    const pending = s.chat({ signal: abort.signal }).catch((e: unknown) => e)
    while (s.vendor.stats.inFlight === 0) await new Promise(r => setTimeout(r, 5))
    expect(s.deps.outbound.permits.available).toBe(4)
    abort.abort()
    expect(await pending).toBeInstanceOf(Error)
    for (let i = 0; i < 100 && s.vendor.stats.clientCloses.length === 0; i++) await new Promise(r => setTimeout(r, 10))
    expect(s.vendor.stats.clientCloses).toHaveLength(1)
    expect(s.deps.outbound.permits.available).toBe(5)
    expect(s.deps.admission.inFlight).toBe(0)
    expect(s.vendor.stats.requests).toBe(1) // a disconnect is not retried
  })
})
