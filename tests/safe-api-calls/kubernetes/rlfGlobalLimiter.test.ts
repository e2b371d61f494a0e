import { Redis } from 'ioredis'
import { RateLimiterRes } from 'rate-limiter-flexible'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { abortableSleep } from '../../../snippets/safe-api-calls/call-patterns/backoff.ts'
import { ClientAbortError, LimiterUnavailableError, VendorQuotaExceededError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { consumeWithDeadline, createRlfVendorLimiter, withInsurance } from '../../../snippets/safe-api-calls/kubernetes/rlfGlobalLimiter.ts'
import { startRedisServer, type RedisServer } from '../../support/redis-server.ts'
import { lagMonitor } from '../../support/timing.ts'

let server: RedisServer
const clients: Redis[] = []
let vendorNo = 0
const freshVendor = () => `test-${process.pid}-${++vendorNo}`

async function connect(target: RedisServer): Promise<Redis> {
  const redis = new Redis(target.port, target.host, { enableOfflineQueue: false, maxRetriesPerRequest: 0 })
  clients.push(redis)
  await new Promise<void>(resolve => redis.once('ready', () => resolve()))
  return redis
}
/** consume() without waiting: true when admitted. */
const admitted = (p: Promise<unknown>) => p.then(() => true, (e: unknown) => {
  if (e instanceof RateLimiterRes)
    return false
  throw e
})

beforeAll(async () => { server = await startRedisServer() })
afterEach(async () => {
  for (const c of clients.splice(0))
    c.disconnect()
})
afterAll(async () => { await server.stop() })

describe('rlfGlobalLimiter: rate-limiter-flexible on a real Redis', () => {
  it('5 pods hammering points: 20 per 1 s window: no fixed window admits more than 20', async () => {
    const contract = { vendor: freshVendor(), points: 20, durationSec: 1 }
    const pods = await Promise.all(Array.from({ length: 5 }, async () => createRlfVendorLimiter(await connect(server), contract)))
    const windows = new Map<number, number>() // window end (rounded) -> admissions
    const until = performance.now() + 1_500
    await Promise.all(pods.map(async (limiter) => {
      while (performance.now() < until) {
        const res = await limiter.consume('calls').catch(() => undefined) // rejects with a RateLimiterRes
        if (res) { // admitted: which window did it land in?
          const end = Math.round((Date.now() + res.msBeforeNext) / 100)
          windows.set(end, (windows.get(end) ?? 0) + 1)
        }
        await abortableSleep(10)
      }
    }))
    const counts = [...windows.values()]
    expect(counts.length).toBeGreaterThanOrEqual(2) // 1.5 s spans at least two windows
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(20)
    for (const n of counts)
      expect(n).toBeLessThanOrEqual(20)
  })

  it('the fixed-window caveat: up to 2 x points pass within less than one window around a boundary', async () => {
    const limiter = createRlfVendorLimiter(await connect(server), { vendor: freshVendor(), points: 20, durationSec: 1 })
    const first = await limiter.consume('calls') // the window starts at the key's first hit
    await abortableSleep(first.msBeforeNext - 100)
    const times: number[] = []
    let burstMs = 0 // 20 Redis round trips each: slow on a loaded machine, and not the limiter's doing
    const burst = async () => {
      const started = performance.now()
      await Promise.all(Array.from({ length: 20 }, async () => {
        if (await admitted(limiter.consume('calls')))
          times.push(performance.now())
      }))
      burstMs += performance.now() - started
    }
    await burst() // 19 more fit into the old window's last 100 ms
    const rest = await limiter.get('calls')
    const asked = (rest?.msBeforeNext ?? 0) + 5
    const sleptAt = performance.now()
    await abortableSleep(asked)
    const overshoot = Math.max(0, performance.now() - sleptAt - asked) // a loaded machine wakes late
    await burst() // and 20 more right after it turns
    const span = times.at(-1)! - times[0]!
    expect(times.length).toBeGreaterThanOrEqual(39)
    expect(span).toBeLessThan(1_000 + overshoot + burstMs) // ~110 ms on an idle machine
  })

  it('consumeWithDeadline sleeps for msBeforeNext, then gets its point', async () => {
    const limiter = createRlfVendorLimiter(await connect(server), { vendor: freshVendor(), points: 1, durationSec: 1 })
    const first = await limiter.consume('calls')
    using lag = lagMonitor()
    const start = performance.now()
    await consumeWithDeadline(limiter, 2_000)
    const waited = performance.now() - start
    expect(waited).toBeGreaterThanOrEqual(first.msBeforeNext - 50)
    expect(waited).toBeLessThan(first.msBeforeNext + await lag.slack())
  })

  it('gives up when the window will not turn within its budget, with the remaining wait as the hint', async () => {
    const limiter = createRlfVendorLimiter(await connect(server), { vendor: freshVendor(), points: 1, durationSec: 1 })
    await limiter.consume('calls')
    const start = performance.now()
    const err = await consumeWithDeadline(limiter, 300).catch((e: unknown) => e)
    expect(performance.now() - start).toBeLessThan(350)
    expect(err).toBeInstanceOf(VendorQuotaExceededError)
    expect((err as VendorQuotaExceededError).retryAfterMs).toBeGreaterThan(600)
    expect((err as VendorQuotaExceededError).retryAfterMs).toBeLessThanOrEqual(1_000)
  })

  it('an aborted caller stops waiting at once', async () => {
    const limiter = createRlfVendorLimiter(await connect(server), { vendor: freshVendor(), points: 1, durationSec: 1 })
    await limiter.consume('calls')
    const caller = new AbortController()
    const waiting = consumeWithDeadline(limiter, 3_000, caller.signal).catch((e: unknown) => e)
    await abortableSleep(50)
    const abortedAt = performance.now()
    caller.abort(new ClientAbortError())
    expect(await waiting).toBeInstanceOf(ClientAbortError)
    expect(performance.now() - abortedAt).toBeLessThan(50)
  })

  it('Redis down fails fast: a store error mapped to 503 within 50 ms, not a hang', async () => {
    const doomed = await startRedisServer()
    const redis = await connect(doomed)
    const limiter = createRlfVendorLimiter(redis, { vendor: freshVendor(), points: 20, durationSec: 1 })
    await limiter.consume('calls')
    const closed = new Promise<void>(resolve => redis.once('close', () => resolve()))
    await doomed.stop()
    await closed
    const start = performance.now()
    const err = await consumeWithDeadline(limiter, 3_000).catch((e: unknown) => e)
    expect(performance.now() - start).toBeLessThan(50)
    expect(err).toBeInstanceOf(LimiterUnavailableError)
    expect((err as LimiterUnavailableError).code).toBe('LIMITER_UNAVAILABLE')
  })

  it('degraded mode: with Redis down, the insurance limiter applies a conservative per-pod limit', async () => {
    const doomed = await startRedisServer()
    const redis = await connect(doomed)
    const limiter = withInsurance(redis, { vendor: freshVendor(), points: 20, durationSec: 1 }, 2)
    const closed = new Promise<void>(resolve => redis.once('close', () => resolve()))
    await doomed.stop()
    await closed
    const results = [await admitted(limiter.consume('calls')), await admitted(limiter.consume('calls')), await admitted(limiter.consume('calls'))]
    expect(results).toEqual([true, true, false])
  })
})
