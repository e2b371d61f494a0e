import { Hono } from 'hono'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { endpointLimiters, tierLimiters, userLimitMiddleware } from '../../../snippets/safe-api-calls/production-architecture/userLimits.ts'
import { freePort, type RedisServer, startRedisServer } from '../../support/redis-server.ts'

let server: RedisServer
const clients: Redis[] = []
let n = 0

async function connect(port = server.port): Promise<Redis> {
  const r = new Redis(port, '127.0.0.1', { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true })
  r.on('error', () => {}) // reconnect noise; the middleware's 503 is the assertion
  clients.push(r)
  await r.connect().catch(() => undefined)
  return r
}

/** One "pod": its own Redis connection and its own app; `prefix` is the shared key space. */
async function pod(prefix: string, redis?: Redis) {
  const r = redis ?? await connect()
  const o = { prefix, windowSec: 1 } // scaled: 1 s windows
  const handler = vi.fn(() => new Response('ok'))
  const app = new Hono()
    .use(userLimitMiddleware(tierLimiters(r, o), endpointLimiters(r, o), c => ({ id: c.req.header('x-user') ?? 'anon', tier: c.req.header('x-tier') ?? 'free' })))
    .all('*', handler)
  const hit = (user: string, tier: string, path = '/chat') => app.request(path, { headers: { 'x-user': user, 'x-tier': tier } })
  return { hit, handler }
}

beforeAll(async () => { server = await startRedisServer() })
afterAll(async () => {
  clients.forEach(c => c.disconnect())
  await server.stop()
})

describe('userLimits: tiers and endpoints shared across pods through Redis', () => {
  it('free user: the 11th request in the window gets 429 with Retry-After and X-RateLimit-Remaining 0', async () => {
    const a = await pod(`ul-${++n}`)
    for (let i = 0; i < 10; i++) expect((await a.hit('u1', 'free', '/search')).status).toBe(200)
    const res = await a.hit('u1', 'free', '/search')
    expect(res.status).toBe(429)
    const retry = Number(res.headers.get('retry-after'))
    expect(retry).toBeGreaterThanOrEqual(1)
    expect(retry).toBeLessThanOrEqual(1) // the window is 1 s
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(res.headers.get('x-ratelimit-limit')).toBe('10')
    expect(a.handler).toHaveBeenCalledTimes(10)
  })

  it('5 requests on pod A plus 6 on pod B: the 11th is rejected (one shared count)', async () => {
    const prefix = `ul-${++n}`
    const [a, b] = [await pod(prefix), await pod(prefix)]
    for (let i = 0; i < 5; i++) expect((await a.hit('u2', 'free', '/search')).status).toBe(200)
    const fromB = []
    for (let i = 0; i < 6; i++) fromB.push((await b.hit('u2', 'free', '/search')).status)
    expect(fromB).toEqual([200, 200, 200, 200, 200, 429])
  })

  it('an enterprise user is unaffected; an unknown tier falls back to free', async () => {
    const a = await pod(`ul-${++n}`)
    for (let i = 0; i < 10; i++) await a.hit('poor', 'free', '/search')
    expect((await a.hit('poor', 'free', '/search')).status).toBe(429)
    for (let i = 0; i < 30; i++) expect((await a.hit('big', 'enterprise', '/search')).status).toBe(200)
    const statuses = []
    for (let i = 0; i < 11; i++) statuses.push((await a.hit('typo', 'platinum', '/search')).status)
    expect(statuses.at(-1)).toBe(429)
    expect(statuses.filter(s => s === 200)).toHaveLength(10)
  })

  it('the 6th /analyze call is rejected while /search still passes', async () => {
    const a = await pod(`ul-${++n}`)
    const analyze = []
    for (let i = 0; i < 6; i++) analyze.push((await a.hit('pro1', 'pro', '/analyze')).status)
    expect(analyze).toEqual([200, 200, 200, 200, 200, 429])
    expect((await a.hit('pro1', 'pro', '/search')).status).toBe(200)
  })

  it('the window frees again after it ends', async () => {
    const a = await pod(`ul-${++n}`)
    for (let i = 0; i < 5; i++) await a.hit('w', 'pro', '/analyze')
    expect((await a.hit('w', 'pro', '/analyze')).status).toBe(429)
    await new Promise(r => setTimeout(r, 1_100))
    expect((await a.hit('w', 'pro', '/analyze')).status).toBe(200)
  })

  it('Redis unreachable: 503 at once (fail closed) and the handler is never called', async () => {
    const down = await connect(await freePort()) // nothing listens there
    const a = await pod(`ul-${++n}`, down)
    const t0 = performance.now()
    const res = await a.hit('u', 'free')
    expect(performance.now() - t0).toBeLessThan(500) // under 50 ms idle: fails closed, no waiting on reconnects
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('1')
    expect(a.handler).not.toHaveBeenCalled()
  })
})
