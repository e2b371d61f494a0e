import { describe, expect, it } from 'vitest'
import {
  AdmissionRejectedError, BreakerOpenError, CallTimeoutError, ClientAbortError, DeadlineExceededError,
  errorCode, FinalFailure, LimiterUnavailableError, LlmCallError, LoadShedError, QueueTimeoutError, RejectedError, TransportError,
  UpstreamHttpError, UserRateLimitedError, VendorQuotaExceededError,
} from '../../../snippets/safe-api-calls/call-patterns/errors.ts'

const cases: [Error, string, string][] = [
  [new QueueTimeoutError(), 'QueueTimeoutError', 'QUEUE_TIMEOUT'],
  [new CallTimeoutError(), 'CallTimeoutError', 'CALL_TIMEOUT'],
  [new DeadlineExceededError(), 'DeadlineExceededError', 'DEADLINE_EXCEEDED'],
  [new ClientAbortError(), 'ClientAbortError', 'CLIENT_ABORT'],
  [new TransportError('connect-timeout'), 'TransportError', 'TRANSPORT_CONNECT_TIMEOUT'],
  [new TransportError('reset'), 'TransportError', 'TRANSPORT_RESET'],
  [new UpstreamHttpError(503), 'UpstreamHttpError', 'UPSTREAM_503'],
  [new AdmissionRejectedError(), 'AdmissionRejectedError', 'ADMISSION_REJECTED'],
  [new LoadShedError(429), 'LoadShedError', 'LOAD_SHED'],
  [new UserRateLimitedError(500, 0), 'UserRateLimitedError', 'USER_RATE_LIMITED'],
  [new VendorQuotaExceededError(250), 'VendorQuotaExceededError', 'VENDOR_QUOTA_EXCEEDED'],
  [new BreakerOpenError(1_000), 'BreakerOpenError', 'BREAKER_OPEN'],
  [new LimiterUnavailableError(), 'LimiterUnavailableError', 'LIMITER_UNAVAILABLE'],
  [new FinalFailure([new UpstreamHttpError(500)]), 'FinalFailure', 'FINAL_FAILURE'],
]

describe('errors: the section taxonomy', () => {
  it.each(cases)('%s has its name and a stable code', (err, name, code) => {
    expect(err.name).toBe(name)
    expect(errorCode(err)).toBe(code)
    if (err instanceof LlmCallError || err instanceof FinalFailure)
      expect(err.code).toBe(code)
    expect(String(err)).toContain(name)
  })

  it('instanceof works through the hierarchy', () => {
    const quota = new VendorQuotaExceededError(100)
    expect(quota).toBeInstanceOf(RejectedError)
    expect(quota).toBeInstanceOf(LlmCallError)
    expect(quota).toBeInstanceOf(Error)
    expect(new CallTimeoutError()).not.toBeInstanceOf(QueueTimeoutError)
    expect(new UpstreamHttpError(500)).toBeInstanceOf(LlmCallError)
    expect(new TransportError('reset')).toBeInstanceOf(LlmCallError)
    expect(new FinalFailure([])).toBeInstanceOf(AggregateError)
  })

  it('keeps the cause it was given', () => {
    const undiciError = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })
    const err = new TransportError('socket', { cause: undiciError })
    expect(err.cause).toBe(undiciError)
    const final = new FinalFailure([err], 'gave up', { cause: err })
    expect(final.cause).toBe(err)
  })

  it('FinalFailure lists every attempt in order and counts them', () => {
    const attempts = [new UpstreamHttpError(503), new TransportError('reset'), new CallTimeoutError()]
    const final = new FinalFailure(attempts)
    expect(final.errors).toEqual(attempts)
    expect(final.attempts).toBe(3)
    expect(final.last).toBe(attempts[2])
    expect(final.message).toBe('the vendor call failed after 3 attempt(s)')
  })

  it('the log shape has codes and statuses but never a body or header values', () => {
    const secretBody = 'internal vendor stack: key sk-live-123'
    const response = new Response(secretBody, { status: 503, headers: { 'retry-after': '7', 'x-api-key': 'sk-live-123' } })
    const upstream = new UpstreamHttpError(response.status, 7_000, { cause: response })
    const final = new FinalFailure([upstream, new TransportError('reset'), new CallTimeoutError(), new TypeError('oops')])
    const line = JSON.stringify(final)
    expect(JSON.parse(line)).toEqual({
      name: 'FinalFailure',
      code: 'FINAL_FAILURE',
      attempts: 4,
      errors: [
        { name: 'UpstreamHttpError', code: 'UPSTREAM_503', status: 503, retryAfterMs: 7_000 },
        { name: 'TransportError', code: 'TRANSPORT_RESET', kind: 'reset' },
        { name: 'CallTimeoutError', code: 'CALL_TIMEOUT' },
        { name: 'TypeError', code: 'UNKNOWN' },
      ],
    })
    expect(line).not.toContain('sk-live-123')
    expect(line).not.toContain('internal vendor stack')
    expect(upstream.message).toBe('vendor answered 503')
  })

  it('own rejections carry their Retry-After hint', () => {
    expect(new BreakerOpenError(2_500).retryAfterMs).toBe(2_500)
    expect(new AdmissionRejectedError().retryAfterMs).toBe(1_000)
    expect(new LoadShedError(503).status).toBe(503)
    expect(new UserRateLimitedError(800, 3).remaining).toBe(3)
    expect(JSON.stringify(new VendorQuotaExceededError(250))).toContain('"retryAfterMs":250')
    expect(errorCode('a string')).toBe('UNKNOWN')
  })
})
