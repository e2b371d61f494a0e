import { Agent, errors, fetch } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { errorPhase, onCallError } from '../../../snippets/http-clients/timeouts/classify-errors.ts'
import { firstByte } from '../../../snippets/http-clients/timeouts/headers-timeout.ts'
import { readStream, stallAfterThree } from '../../../snippets/http-clients/timeouts/body-timeout-resets.ts'
import { connectAgent } from '../../../snippets/http-clients/timeouts/connect-timeout.ts'
import { withinBudget } from '../../../snippets/http-clients/timeouts/deadline.ts'
import {
  DeadlineExceededError, QueueTimeoutError,
} from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import { type Blackhole, startBlackhole } from '../../../snippets/shared/fake-llm/blackhole.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { failure } from '../../support/timing.ts'

const coded = (code: string) => Object.assign(new Error(code), { code })
const wrapped = (cause: unknown, message = 'fetch failed') => new TypeError(message, { cause })

describe('errorPhase over error-shaped objects', () => {
  it.each([
    ['QueueTimeoutError (kit limiter)', new QueueTimeoutError('x'), 'pool'],
    ['connect timeout wrapped by fetch', wrapped(coded('UND_ERR_CONNECT_TIMEOUT')), 'connect'],
    ['headers timeout (request API)', coded('UND_ERR_HEADERS_TIMEOUT'), 'headers'],
    ['body timeout wrapped as "terminated"', wrapped(coded('UND_ERR_BODY_TIMEOUT'), 'terminated'), 'body'],
    ['AbortSignal.timeout reason', new DOMException('t', 'TimeoutError'), 'deadline'],
    ['kit deadline reason', new DeadlineExceededError('x'), 'deadline'],
    ['caller abort', new DOMException('a', 'AbortError'), 'aborted'],
    ['undici RequestAbortedError', coded('UND_ERR_ABORTED'), 'aborted'],
    ['reset, two levels deep', wrapped(new Error('socket', { cause: coded('ECONNRESET') })), 'network'],
    ['connection refused', wrapped(coded('ECONNREFUSED')), 'network'],
  ] as const)('%s -> %s', (_name, err, phase) => {
    expect(errorPhase(err)).toBe(phase)
  })

  it('anything else is not a transport failure: undefined, and the handler rethrows it', () => {
    expect(errorPhase(new RangeError('bug'))).toBeUndefined()
    expect(errorPhase('a string')).toBeUndefined()
    expect(errorPhase(wrapped(new Error('no code')))).toBeUndefined()
    expect(onCallError(new RangeError('bug'))).toBe('rethrow')
  })

  it('compares codes, not classes: a real undici error and a look-alike agree', () => {
    expect(errorPhase(new errors.HeadersTimeoutError())).toBe(errorPhase(coded('UND_ERR_HEADERS_TIMEOUT')))
    expect(errorPhase(new errors.ConnectTimeoutError())).toBe('connect')
    expect(errorPhase(new errors.BodyTimeoutError())).toBe('body')
  })

  it('catch specific first: each phase gets its own decision', () => {
    expect(onCallError(wrapped(coded('UND_ERR_CONNECT_TIMEOUT')))).toBe('retry')
    expect(onCallError(coded('UND_ERR_HEADERS_TIMEOUT'))).toBe('retry-if-idempotent')
    expect(onCallError(wrapped(coded('UND_ERR_BODY_TIMEOUT'), 'terminated'))).toBe('retry-if-idempotent')
    expect(onCallError(wrapped(coded('ECONNRESET')))).toBe('retry-if-idempotent')
    expect(onCallError(new QueueTimeoutError('x'))).toBe('give-up')
    expect(onCallError(new DOMException('t', 'TimeoutError'))).toBe('give-up')
    expect(onCallError(new DOMException('a', 'AbortError'))).toBe('give-up')
  })
})

describe('errorPhase over the real errors of the scenarios', () => {
  let server: FakeLlmServer | undefined
  let blackhole: Blackhole | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.destroy()
    await server?.close()
    await blackhole?.close()
    server = blackhole = agent = undefined
  })

  it('connect, headers, body and deadline failures map to their phases', async () => {
    blackhole = await startBlackhole()
    server = await serveFakeLlm()
    const url = server.url
    const connectFail = connectAgent(300)
    const a = agent = new Agent({ allowH2: false, connect: { timeout: 300 }, headersTimeout: 300, bodyTimeout: 300 })
    try {
      const results = await Promise.all([
        failure(() => fetch(blackhole!.url, { dispatcher: connectFail })),
        failure(() => firstByte(a, url, 3000)),
        failure(() => readStream(a, url, stallAfterThree)),
        failure(() => withinBudget(a, url, { chunks: 30, gapMs: 100 }, 200)),
      ])
      expect(results.map(r => errorPhase(r.err))).toEqual(['connect', 'headers', 'body', 'deadline'])
    }
    finally {
      await connectFail.destroy()
    }
  })
})
