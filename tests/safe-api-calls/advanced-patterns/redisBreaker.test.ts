import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BreakerOpenError, LimiterUnavailableError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { GUIDE_BREAKER } from '../../../snippets/safe-api-calls/advanced-patterns/breakerStateMachine.ts'
import { RedisBreaker } from '../../../snippets/safe-api-calls/advanced-patterns/redisBreaker.ts'
import { startBlackhole, type Blackhole } from '../../../snippets/shared/fake-llm/blackhole.ts'
import { startRedisServer, type RedisServer } from '../../support/redis-server.ts'

let server: RedisServer
const clients: Redis[] = []
let hole: Blackhole | undefined
let n = 0
const SCALED = { ...GUIDE_BREAKER, openMs: 500 } // the scaled open timeout

/** A "pod": its own connection and its own breaker object; only the name is shared. */
async function pod(name: string) {
  const redis = new Redis(server.port, server.host, { enableOfflineQueue: false, commandTimeout: 200 })
  clients.push(redis)
  await new Promise<void>(resolve => redis.once('ready', () => resolve()))
  return { redis, breaker: new RedisBreaker({ redis, name, config: SCALED }) }
}
const fresh = () => `llm-test-${process.pid}-${++n}`
const faults = async (b: RedisBreaker, count: number) => { for (let i = 0; i < count; i++) await b.record('vendor-fault') }

beforeAll(async () => { server = await startRedisServer() })
afterEach(async () => {
  await Promise.all(clients.splice(0).map(c => c.quit().catch(() => c.disconnect())))
  await hole?.close()
  hole = undefined
})
afterAll(async () => { await server.stop() })

describe('redisBreaker: one breaker for the whole fleet', () => {
  it('5 faults recorded on pod A: pod B rejects at once, without calling the vendor', async () => {
    const name = fresh()
    const [a, b] = await Promise.all([pod(name), pod(name)])
    await faults(a.breaker, 4)
    await b.breaker.allow() // 4 faults: still closed for everyone
    await a.breaker.record('vendor-fault')
    let vendorCalls = 0
    const call = async () => { await b.breaker.allow(); vendorCalls++ }
    await expect(call()).rejects.toBeInstanceOf(BreakerOpenError)
    expect(vendorCalls).toBe(0)
    expect(await b.breaker.state()).toBe('open')
  })

  it('20 concurrent faults from two pods are all counted (no lost updates)', async () => {
    const name = fresh()
    const [a, b] = await Promise.all([pod(name), pod(name)])
    const big = { ...SCALED, failureThreshold: 1_000 }
    const [pa, pb] = [new RedisBreaker({ redis: a.redis, name, config: big }), new RedisBreaker({ redis: b.redis, name, config: big })]
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? pa : pb).record('vendor-fault')))
    expect(await a.redis.zcard(`breaker:${name}:failures`)).toBe(20)
  })

  it('after the open timeout, 10 concurrent allow() across pods admit exactly 2 probes; 2 successes close it for both', async () => {
    const name = fresh()
    const [a, b] = await Promise.all([pod(name), pod(name)])
    await faults(a.breaker, 5)
    await new Promise(r => setTimeout(r, 550))
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).breaker.allow()))
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(2)
    expect(results.filter(r => r.status === 'rejected' && r.reason instanceof BreakerOpenError)).toHaveLength(8)
    await a.breaker.record('success')
    expect(await b.breaker.state()).toBe('half-open')
    await b.breaker.record('success')
    expect(await a.breaker.state()).toBe('closed')
    await Promise.all([a.breaker.allow(), b.breaker.allow(), a.breaker.allow()]) // closed: no budget
    expect(await a.redis.hget(`breaker:${name}:state`, 'successes')).toBe('0') // counters reset
  })

  it('a probe failure reopens it for both pods', async () => {
    const name = fresh()
    const [a, b] = await Promise.all([pod(name), pod(name)])
    await faults(a.breaker, 5)
    await new Promise(r => setTimeout(r, 550))
    await b.breaker.allow()
    await b.breaker.record('vendor-fault')
    await expect(a.breaker.allow()).rejects.toBeInstanceOf(BreakerOpenError)
    expect(await a.breaker.state()).toBe('open')
  })

  it('neutral outcomes never touch Redis; every key has a TTL', async () => {
    const name = fresh()
    const { redis, breaker } = await pod(name)
    for (let i = 0; i < 10; i++) await breaker.record('neutral')
    expect(await redis.exists(`breaker:${name}:state`, `breaker:${name}:failures`)).toBe(0)
    await faults(breaker, 2)
    expect(await redis.pttl(`breaker:${name}:failures`)).toBeGreaterThan(0)
    await faults(breaker, 3)
    expect(await redis.pttl(`breaker:${name}:state`)).toBeGreaterThan(0)
  })

  it('Redis unreachable: allow() settles within the command timeout, by the configured policy', async () => {
    hole = await startBlackhole() // accepts, never answers: a sick Redis
    const redis = new Redis({ host: '127.0.0.1', port: hole.port, commandTimeout: 150, lazyConnect: false, maxRetriesPerRequest: 0 })
    redis.on('error', () => undefined) // the breaker's policy handles it; no unhandled 'error' event
    clients.push(redis)
    const closed = new RedisBreaker({ redis, name: fresh() })
    const open = new RedisBreaker({ redis, name: fresh(), onRedisDown: 'fail-open' })
    const started = performance.now()
    await expect(closed.allow()).rejects.toBeInstanceOf(LimiterUnavailableError)
    await expect(open.allow()).resolves.toBeUndefined()
    expect(performance.now() - started).toBeLessThan(1_000) // two command timeouts, never a hang
  })
})
