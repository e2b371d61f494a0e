import pino from 'pino'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { requestContextMixin, withRequestContext } from '../../../snippets/core-concepts/structured-logging/request-context.ts'
import { loadOrders, logDuration, timed } from '../../../snippets/core-concepts/structured-logging/log-duration.ts'
import { captureLines } from './log-capture.ts'

const wait = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

describe('duration logging', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('logs duration_ms equal to the advanced time, with the extra fields merged', async () => {
    const capture = captureLines()
    const log = pino({ base: undefined }, capture.destination)
    const rows = loadOrders(log, async () => {
      await wait(250)
      return [{ id: 1 }]
    })
    await vi.advanceTimersByTimeAsync(250)
    expect(await rows).toEqual([{ id: 1 }])
    expect(capture.records()).toMatchObject([{ msg: 'operation_completed', operation: 'db_query', table: 'orders', duration_ms: 250 }])
  })

  it('logs when the body throws, and the error still propagates', async () => {
    const capture = captureLines()
    const log = pino({ base: undefined }, capture.destination)
    const call = timed(log, 'llm_call', { model: 'small' }, async () => {
      await wait(1200)
      throw new Error('vendor timeout')
    })
    const outcome = expect(call).rejects.toThrow('vendor timeout')
    await vi.advanceTimersByTimeAsync(1200)
    await outcome
    expect(capture.records()).toMatchObject([{ operation: 'llm_call', model: 'small', duration_ms: 1200 }])
  })

  it('inside a request the line carries the request id', async () => {
    const capture = captureLines()
    const log = pino({ base: undefined, mixin: requestContextMixin }, capture.destination)
    await withRequestContext({ request_id: 'req-9' }, async () => {
      using _timer = logDuration(log, 'render', { template: 'invoice' })
    })
    expect(capture.records()).toMatchObject([{ request_id: 'req-9', operation: 'render', template: 'invoice', duration_ms: 0 }])
  })
})
