import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { bindToRequest, createContextLogger, createLoggerWithoutMixin, currentRequestId, withRequestContext } from '../../../snippets/core-concepts/structured-logging/request-context.ts'
import { captureLines } from './log-capture.ts'

const randomDelay = () => sleep(Math.floor(Math.random() * 15))

describe('request context with AsyncLocalStorage + mixin', () => {
  it('two interleaved requests log only their own id, across awaits and timers', async () => {
    const capture = captureLines()
    const log = createContextLogger(capture.destination, { base: undefined })
    const simulate = (id: string) => withRequestContext({ request_id: id }, async () => {
      for (let step = 0; step < 5; step++) {
        await randomDelay()
        log.info({ expected: id, step }, 'step')
        setTimeout(() => log.info({ expected: id }, 'timer_fired'), 1)
      }
      await sleep(5)
    })
    await Promise.all([simulate('req-A'), simulate('req-B')])
    const records = capture.records()
    expect(records).toHaveLength(20)
    for (const record of records)
      expect(record.request_id).toBe(record.expected)
  })

  it('lines outside any request carry no request id; bindToRequest outside is a no-op', () => {
    const capture = captureLines()
    const log = createContextLogger(capture.destination)
    bindToRequest({ user_id: 1 })
    log.info('boot')
    expect(capture.records()[0]).not.toHaveProperty('request_id')
    expect(capture.records()[0]).not.toHaveProperty('user_id')
    expect(currentRequestId()).toBeUndefined()
  })

  it('fields bound later in a request appear on later lines of that request only', async () => {
    const capture = captureLines()
    const log = createContextLogger(capture.destination)
    await withRequestContext({ request_id: 'r1' }, async () => {
      log.info('before')
      await sleep(1)
      bindToRequest({ user_id: 42 })
      log.info('after')
    })
    await withRequestContext({ request_id: 'r2' }, async () => log.info('next_request'))
    expect(capture.records().map(r => [r.msg, r.request_id, r.user_id])).toEqual([
      ['before', 'r1', undefined], ['after', 'r1', 42], ['next_request', 'r2', undefined],
    ])
  })

  it('mistake 3: a logger without the mixin never shows the id, and nothing warns', async () => {
    const capture = captureLines()
    const log = createLoggerWithoutMixin(capture.destination)
    await withRequestContext({ request_id: 'lost' }, async () => log.info('inside_request'))
    expect(capture.records()[0]).toMatchObject({ msg: 'inside_request' })
    expect(capture.lines[0]).not.toContain('lost')
  })

  it('the demo interleaves the two requests, each line with its own id', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/structured-logging/request-context.demo.ts'))
    expect(lines).toEqual([
      '{"level":30,"request_id":"req-A","step":0,"msg":"work_step"}',
      '{"level":30,"request_id":"req-B","step":0,"msg":"work_step"}',
      '{"level":30,"request_id":"req-B","step":1,"msg":"work_step"}',
      '{"level":30,"request_id":"req-A","step":1,"msg":"work_step"}',
      '{"level":30,"request_id":"req-A","step":2,"msg":"work_step"}',
      '{"level":30,"request_id":"req-B","step":2,"msg":"work_step"}',
      '{"level":30,"msg":"outside_any_request"}',
    ])
  })
})
