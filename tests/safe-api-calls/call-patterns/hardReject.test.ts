import { Hono, type MiddlewareHandler } from 'hono'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { probeThenAcquire, rejectWhenEmpty, waitForToken } from '../../../snippets/safe-api-calls/call-patterns/hardReject.ts'
import { TokenBucket } from '../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'

// 2 tokens per second, burst 1: the next token is due 500 ms after the bucket empties.
const bucketOf = () => new TokenBucket({ ratePerSec: 2, burst: 1, now: () => Date.now() })
const appWith = (limiter: MiddlewareHandler) => new Hono().use(limiter).get('/chat', c => c.json({ ok: true }))

describe('hardReject: waiting vs an immediate 429 on an empty bucket', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0) // no timer left behind by a limiter or a deadline
    vi.useRealTimers()
  })

  it('the waiting limiter resolves exactly when the next token is due', async () => {
    const bucket = bucketOf()
    const app = appWith(waitForToken(bucket, 5_000))
    expect((await app.request('/chat')).status).toBe(200) // takes the only token
    let settledAt: number | undefined
    const start = Date.now()
    const pending = Promise.resolve(app.request('/chat')).then((res) => {
      settledAt = Date.now() - start
      return res
    })
    await vi.advanceTimersByTimeAsync(499)
    expect(settledAt).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    expect((await pending).status).toBe(200)
    expect(settledAt).toBe(500)
  })

  it('the waiting limiter gives up at the queue deadline with 503', async () => {
    const app = appWith(waitForToken(bucketOf(), 100))
    await app.request('/chat')
    const pending = Promise.resolve(app.request('/chat'))
    await vi.advanceTimersByTimeAsync(100)
    const res = await pending
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('1')
  })

  it('the rejecting limiter answers 429 with Retry-After in the same tick', async () => {
    const app = appWith(rejectWhenEmpty(bucketOf(), 500))
    expect((await app.request('/chat')).status).toBe(200)
    const start = Date.now()
    const res = await app.request('/chat')
    expect(Date.now() - start).toBe(0) // no timer was advanced: nothing waited
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('1')
    expect(await res.json()).toEqual({ error: 'rate_limited' })
  })

  it('an admitted request consumes exactly one token; the guide probe-then-acquire consumes two', async () => {
    const ours = new TokenBucket({ ratePerSec: 1, burst: 5, now: () => Date.now() })
    expect((await appWith(rejectWhenEmpty(ours, 1_000)).request('/chat')).status).toBe(200)
    expect(ours.tokens).toBe(4)

    const guides = new TokenBucket({ ratePerSec: 1, burst: 5, now: () => Date.now() })
    expect((await appWith(probeThenAcquire(guides, 10)).request('/chat')).status).toBe(200)
    expect(guides.tokens).toBe(3)
  })
})
