import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { inProcessTransport } from '../../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import {
  BreakerOpenError, CallTimeoutError, ClientAbortError, DeadlineExceededError, QueueTimeoutError, UpstreamHttpError,
} from '../../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { createFakeLlm } from '../../../../snippets/shared/fake-llm/app.ts'
import { callWithAdvice, classify, parseRetryAfter } from './classifyAndAdvise.ts'

const coded = (code: string) => Object.assign(new Error(code), { code })
const wrapped = (code: string) => new TypeError('fetch failed', { cause: coded(code) })

describe('classify: the outcome table', () => {
  it.each(['ECONNRESET', 'ECONNREFUSED', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])(
    '%s -> retry, bare and wrapped in TypeError("fetch failed")', (code) => {
      expect(classify(coded(code), 0).action).toBe('retry')
      expect(classify(wrapped(code), 0).action).toBe('retry')
    },
  )
  it.each([500, 502, 503, 504])('%d -> retry', (status) => {
    expect(classify(new UpstreamHttpError(status), 0).action).toBe('retry')
  })
  it('429 -> wait-then-retry carrying the advice (or undefined)', () => {
    expect(classify(new UpstreamHttpError(429, 150), 0)).toMatchObject({ action: 'wait-then-retry', retryAfterMs: 150 })
    expect(classify(new UpstreamHttpError(429), 0)).toMatchObject({ action: 'wait-then-retry', retryAfterMs: undefined })
  })
  it.each([400, 401, 403, 404, 422])('%d -> stop', (status) => {
    expect(classify(new UpstreamHttpError(status), 0).action).toBe('stop')
  })
  it('call timeout: retry on attempt 0, stop on attempt 1', () => {
    expect(classify(new CallTimeoutError(), 0).action).toBe('retry')
    expect(classify(new CallTimeoutError(), 1).action).toBe('stop')
  })
  it.each([new QueueTimeoutError(), new DeadlineExceededError(), new ClientAbortError(), new BreakerOpenError(1_000), new TypeError('bug'), wrapped('ENOTFOUND')])(
    'our own clocks, rejections, bugs and DNS failures -> stop (%s)', (err) => {
      expect(classify(err, 0).action).toBe('stop')
    },
  )
  it('the last attempt always stops', () => {
    expect(classify(new UpstreamHttpError(503), 2).action).toBe('stop')
    expect(classify(wrapped('ECONNRESET'), 2).action).toBe('stop')
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-02T10:00:00Z')
  it('reads seconds, HTTP dates and retry-after-ms; ignores garbage', () => {
    expect(parseRetryAfter(new Headers({ 'retry-after': '120' }), now)).toBe(120_000)
    expect(parseRetryAfter(new Headers({ 'retry-after': new Date(now + 30_000).toUTCString() }), now)).toBe(30_000)
    expect(parseRetryAfter(new Headers({ 'retry-after': new Date(now - 5_000).toUTCString() }), now)).toBe(0)
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '150', 'retry-after': '1' }), now)).toBe(150)
    for (const garbage of ['soon', '-5', ''])
      expect(parseRetryAfter(new Headers({ 'retry-after': garbage }), now)).toBeUndefined()
  })
})

describe('callWithAdvice against the fake LLM', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  it('429 with retry-after-ms 150: the second request arrives no earlier than 150 ms later', async () => {
    const fake = createFakeLlm({ plan: { statuses: [429, 200], retryAfterMs: 150, sequenceBy: 'scenario' } })
    const running = callWithAdvice({ transport: inProcessTransport(fake.app), url: 'http://vendor.test/v1/chat/completions', slaMs: 5_000, now: Date.now }, new AbortController().signal)
    await vi.runAllTimersAsync()
    expect(await running).toEqual({ status: 200, attempts: 2 })
    const [first, second] = fake.stats.log
    expect(second!.at - first!.headersAt!).toBeGreaterThanOrEqual(150)
  })

  it('429 advising 5 s under a 500 ms SLA: an immediate stop that carries the advice', async () => {
    const fake = createFakeLlm({ plan: { status: 429, retryAfter: 5 } })
    const started = Date.now()
    const running = callWithAdvice({ transport: inProcessTransport(fake.app), url: 'http://vendor.test/v1/chat/completions', slaMs: 500, now: Date.now }, new AbortController().signal).catch((e: unknown) => e)
    await vi.runAllTimersAsync()
    const err = await running
    expect(err).toBeInstanceOf(UpstreamHttpError)
    expect((err as UpstreamHttpError).retryAfterMs).toBe(5_000)
    expect(Date.now() - started).toBe(0)
    expect(fake.stats.requests).toBe(1)
  })
})
