import { describe, expect, it } from 'vitest'
import { classify, MAX_ATTEMPTS, unwrap } from '../../../snippets/safe-api-calls/call-patterns/classify.ts'
import {
  AdmissionRejectedError, BreakerOpenError, CallTimeoutError, ClientAbortError, DeadlineExceededError,
  LimiterUnavailableError, LoadShedError, QueueTimeoutError, TransportError, UpstreamHttpError, UserRateLimitedError, VendorQuotaExceededError,
} from '../../../snippets/safe-api-calls/call-patterns/errors.ts'

/** An error shaped like undici's: a class we do not import, compared by its code string. */
const undiciError = (code: string) => Object.assign(new Error(code), { code })
/** How undici's fetch reports it: a TypeError container with the real error as cause. */
const fetchFailed = (code: string) => new TypeError('fetch failed', { cause: undiciError(code) })
const terminated = (code: string) => new TypeError('terminated', { cause: undiciError(code) })

const TRANSPORT_CODES = ['ECONNRESET', 'ECONNREFUSED', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']

describe('classify: every row of the retry table', () => {
  it.each(TRANSPORT_CODES)('%s -> retry, bare and wrapped by fetch', (code) => {
    for (const err of [undiciError(code), fetchFailed(code), terminated(code)]) {
      const decision = classify(err, 0)
      expect(decision.action).toBe('retry')
      expect(decision.vendorFault).toBe(true)
    }
  })

  it('unwrap turns a wrapped code into a TransportError that keeps the original as cause', () => {
    const original = fetchFailed('ECONNRESET')
    const unwrapped = unwrap(original)
    expect(unwrapped).toBeInstanceOf(TransportError)
    expect((unwrapped as TransportError).kind).toBe('reset')
    expect((unwrapped as TransportError).cause).toBe(original)
  })

  it('unwrap survives a cause cycle', () => {
    const a = new Error('a')
    const b = new Error('b', { cause: a })
    Object.defineProperty(a, 'cause', { value: b })
    expect(unwrap(a)).toBe(a)
  })

  it.each([500, 502, 503, 504])('%d -> retry (full jitter), counts for the breaker', (status) => {
    expect(classify(new UpstreamHttpError(status), 0)).toEqual({ action: 'retry', reason: `${status}`, vendorFault: true })
  })

  it('503 with Retry-After -> wait-then-retry carrying the advice', () => {
    expect(classify(new UpstreamHttpError(503, 2_000), 1)).toEqual({ action: 'wait-then-retry', reason: '503', retryAfterMs: 2_000, vendorFault: true })
  })

  it('429 with advice -> wait-then-retry carrying retryAfterMs, not a breaker failure', () => {
    expect(classify(new UpstreamHttpError(429, 150), 0)).toEqual({ action: 'wait-then-retry', reason: '429', retryAfterMs: 150, vendorFault: false })
  })

  it('429 without advice -> wait-then-retry with no advice (the loop takes a long backoff)', () => {
    expect(classify(new UpstreamHttpError(429), 0)).toEqual({ action: 'wait-then-retry', reason: '429', retryAfterMs: undefined, vendorFault: false })
  })

  it.each([400, 401, 403, 404, 422])('%d -> stop, not a breaker failure', (status) => {
    expect(classify(new UpstreamHttpError(status), 0)).toEqual({ action: 'stop', reason: `client error ${status}`, vendorFault: false })
  })

  it('CallTimeoutError -> retry on attempt 0, stop on attempt 1 and later', () => {
    expect(classify(new CallTimeoutError(), 0).action).toBe('retry')
    expect(classify(new CallTimeoutError(), 1)).toEqual({ action: 'stop', reason: 'call timeout again', vendorFault: true })
    expect(classify(new CallTimeoutError(), 2).action).toBe('stop')
  })

  it.each([
    ['QueueTimeoutError', new QueueTimeoutError()],
    ['DeadlineExceededError', new DeadlineExceededError()],
    ['ClientAbortError', new ClientAbortError()],
    ['BreakerOpenError', new BreakerOpenError(1_000)],
    ['VendorQuotaExceededError', new VendorQuotaExceededError(500)],
    ['LoadShedError', new LoadShedError(503)],
    ['AdmissionRejectedError', new AdmissionRejectedError()],
    ['UserRateLimitedError', new UserRateLimitedError(1_000)],
    ['LimiterUnavailableError', new LimiterUnavailableError()],
  ])('%s (overload or our own clock) -> stop, never a breaker failure', (name, err) => {
    expect(classify(err, 0)).toEqual({ action: 'stop', reason: name, vendorFault: false })
  })

  it('an aborted fetch rejects with the signal reason, which is classified as itself', () => {
    const reason = new QueueTimeoutError()
    const err = new TypeError('fetch failed', { cause: reason }) // if ever wrapped, unwrap finds ours
    expect(classify(err, 0)).toEqual({ action: 'stop', reason: 'QueueTimeoutError', vendorFault: false })
  })

  it('a plain TypeError from our own code -> stop', () => {
    expect(classify(new TypeError('Cannot read properties of undefined'), 0)).toEqual({ action: 'stop', reason: 'TypeError', vendorFault: false })
    expect(classify('a thrown string', 0).action).toBe('stop')
  })

  it('ENOTFOUND (a wrong host name will not fix itself) -> stop', () => {
    expect(classify(fetchFailed('ENOTFOUND'), 0)).toEqual({ action: 'stop', reason: 'transport dns', vendorFault: false })
  })

  it('the final attempt always yields stop, keeping the breaker verdict', () => {
    const last = MAX_ATTEMPTS - 1
    expect(MAX_ATTEMPTS).toBe(3)
    expect(classify(fetchFailed('ECONNRESET'), last)).toEqual({ action: 'stop', reason: 'transport reset; attempts exhausted', vendorFault: true })
    expect(classify(new UpstreamHttpError(503), last)).toEqual({ action: 'stop', reason: '503; attempts exhausted', vendorFault: true })
    expect(classify(new UpstreamHttpError(429, 100), last)).toEqual({ action: 'stop', reason: '429; attempts exhausted', vendorFault: false })
    expect(classify(new UpstreamHttpError(503), last - 1).action).toBe('retry')
  })
})
