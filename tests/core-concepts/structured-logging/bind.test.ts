import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { basicEvents, childEvents, lineLogger, siblings, unbindAndNew } from '../../../snippets/core-concepts/structured-logging/bind.ts'
import { captureLines } from './log-capture.ts'

const records = (run: (log: pino.Logger) => void) => {
  const lines: string[] = []
  run(lineLogger(line => lines.push(line)))
  return lines.map(line => JSON.parse(line) as Record<string, unknown>)
}

describe('child loggers as bind', () => {
  it('basic events: a snake_case name in msg, data in fields', () => {
    expect(records(basicEvents)).toEqual([
      { level: 'info', port: 8000, workers: 4, msg: 'server_started' },
      { level: 'debug', key: 'user:42', msg: 'cache_miss' },
      { level: 'error', user_id: 42, reason: 'insufficient_funds', msg: 'payment_failed' },
    ])
  })

  it('child lines contain the bound fields; the parent lines do not', () => {
    const out = records((log) => {
      childEvents(log)
      log.info('parent_event')
    })
    expect(out.slice(0, 2).every(r => r.user_id === 42 && r.plan === 'premium')).toBe(true)
    expect(out[2]).toEqual({ level: 'info', msg: 'parent_event' })
  })

  it('two siblings keep separate service values; the base has none', () => {
    expect(records(siblings).map(r => [r.msg, r.service])).toEqual([
      ['login_succeeded', 'auth'], ['invoice_created', 'billing'], ['health_checked', undefined],
    ])
  })

  it('"unbind" by logging through the parent, "new" by deriving from the root', () => {
    const [profile, response, job] = records(unbindAndNew)
    expect(profile).toMatchObject({ request_id: 'req-7', user_id: 42 })
    expect(response).toMatchObject({ request_id: 'req-7', msg: 'response_sent' })
    expect(response).not.toHaveProperty('user_id')
    expect(job).toEqual({ level: 'info', job: 'cleanup', msg: 'job_started' })
  })

  it('shadowing a binding with undefined does NOT remove it in Node (why the deck derives instead)', () => {
    const capture = captureLines()
    const log = pino({ base: undefined, timestamp: false }, capture.destination)
    log.child({ user_id: 42 }).child({ user_id: undefined }).info('still_bound')
    expect(capture.records()[0]).toMatchObject({ user_id: 42 })
  })

  it('the demos print the child lines and the three sibling lines', async () => {
    const child = await captureConsole(() => import('../../../snippets/core-concepts/structured-logging/bind.demo.ts'))
    expect(child).toEqual([
      '{"level":"info","user_id":42,"plan":"premium","page":"/dashboard","msg":"page_viewed"}',
      '{"level":"info","user_id":42,"plan":"premium","setting":"theme","msg":"settings_changed"}',
      '{"level":"info","msg":"parent_event"}',
    ])
    const sib = await captureConsole(() => import('../../../snippets/core-concepts/structured-logging/bind-immutability.demo.ts'))
    expect(sib).toEqual([
      '{"level":"info","service":"auth","msg":"login_succeeded"}',
      '{"level":"info","service":"billing","msg":"invoice_created"}',
      '{"level":"info","msg":"health_checked"}',
    ])
  })
})
