import { describe, expect, it, vi } from 'vitest'
import {
  AdmissionRejectedError, CallTimeoutError, ClientAbortError, DeadlineExceededError, FinalFailure, LimiterUnavailableError,
  QueueTimeoutError, UpstreamHttpError, UserRateLimitedError, VendorQuotaExceededError,
} from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { errorToResponse, InvalidRequestError } from '../../../snippets/safe-api-calls/production-architecture/httpMapping.ts'

const rows: [string, unknown, number, Record<string, string | null>][] = [
  ['admission', new AdmissionRejectedError(1_000), 503, { 'retry-after': '1' }],
  ['user limit', new UserRateLimitedError(12_300, 0), 429, { 'retry-after': '13', 'x-ratelimit-remaining': '0' }],
  ['queue deadline', new QueueTimeoutError(), 503, { 'retry-after': '1' }],
  ['vendor quota', new VendorQuotaExceededError(2_500), 429, { 'retry-after': '3' }],
  ['limiter store down', new LimiterUnavailableError(), 503, { 'retry-after': '1' }],
  ['final failure', new FinalFailure([new UpstreamHttpError(500), new UpstreamHttpError(503)]), 502, { 'retry-after': null }],
  ['vendor 429 beyond the SLA', new FinalFailure([new UpstreamHttpError(429, 30_000)]), 429, { 'retry-after': '30' }],
  ['SLA', new DeadlineExceededError(), 504, { 'retry-after': null }],
  ['malformed JSON', new InvalidRequestError(400), 400, {}],
  ['schema violation', new InvalidRequestError(422, ['prompt']), 422, {}],
]

describe('httpMapping: every failure gets a status the client can act on', () => {
  it.each(rows)('%s', async (_name, err, status, headers) => {
    const log = vi.fn()
    const res = errorToResponse(err, log)
    expect(res.status).toBe(status)
    for (const [k, v] of Object.entries(headers)) expect(res.headers.get(k)).toBe(v)
    expect(log).not.toHaveBeenCalled() // only bugs are logged as errors
    expect(await res.json()).toHaveProperty('error')
  })

  it('FinalFailure carries the stable code of the last error, never vendor text', async () => {
    const vendorSecret = 'internal stack at vendor.example: db password=hunter2'
    const err = new FinalFailure([new UpstreamHttpError(500, undefined, { cause: new Error(vendorSecret) }), new CallTimeoutError(vendorSecret)])
    const text = await errorToResponse(err, vi.fn()).text()
    expect(JSON.parse(text)).toEqual({ error: 'upstream_failed', code: 'CALL_TIMEOUT' })
    expect(text).not.toContain('hunter2')
  })

  it('unknown errors: 500 with a generic body and exactly one error log line with the stack', async () => {
    const log = vi.fn()
    const res = errorToResponse(new TypeError('cannot read x of undefined at secret.ts:42'), log)
    expect(res.status).toBe(500)
    expect(await res.json()).toEqual({ error: 'internal' })
    expect(log).toHaveBeenCalledTimes(1)
    expect(log.mock.calls[0]![0]).toMatchObject({ code: 'INTERNAL', stack: expect.stringContaining('TypeError') })
  })

  it('ClientAbortError produces no body and no log', async () => {
    const log = vi.fn()
    const res = errorToResponse(new ClientAbortError(), log)
    expect(res.status).toBe(499)
    expect(res.body).toBeNull()
    expect(log).not.toHaveBeenCalled()
  })

  it('422 lists field paths only, not the submitted values', async () => {
    expect(await errorToResponse(new InvalidRequestError(422, ['messages.0.content']), vi.fn()).json())
      .toEqual({ error: 'invalid_request', issues: ['messages.0.content'] })
  })
})
