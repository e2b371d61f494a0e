import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { createRedactingLogger, redactOptions } from '../../../snippets/core-concepts/structured-logging/redact.ts'
import { captureLines } from './log-capture.ts'

const R = '[REDACTED]'
const SECRETS = ['hunter2', 'tok-1', 'tok-2', 's3cr3t', 'Bearer abc', '4111111111111111', 'mixin-token']

describe('redaction', () => {
  it('censors sensitive keys at top level, nested and in array items, leaving the rest intact', () => {
    const capture = captureLines()
    createRedactingLogger(capture.destination, { base: undefined, timestamp: false }).info({
      password: 'hunter2',
      token: 'tok-1',
      user: { id: 42, secret: 's3cr3t' },
      req: { headers: { authorization: 'Bearer abc', accept: 'application/json' } },
      payment: { credit_card: '4111111111111111', amount: 99.5 },
      items: [{ sku: 'a', token: 'tok-2' }, { sku: 'b' }],
    }, 'user_login')
    expect(capture.records()[0]).toEqual({
      level: 30,
      password: R,
      token: R,
      user: { id: 42, secret: R },
      req: { headers: { authorization: R, accept: 'application/json' } },
      payment: { credit_card: R, amount: 99.5 },
      items: [{ sku: 'a', token: R }, { sku: 'b' }],
      msg: 'user_login',
    })
    for (const secret of SECRETS)
      expect(capture.lines[0]).not.toContain(secret)
  })

  it('also censors a sensitive field added by mixin (redaction runs at serialization)', () => {
    const capture = captureLines()
    const log = pino({ base: undefined, mixin: () => ({ token: 'mixin-token' }), redact: redactOptions }, capture.destination)
    log.info({ user_id: 1 }, 'enriched')
    expect(capture.records()[0]).toMatchObject({ token: R, user_id: 1 })
    expect(capture.lines[0]).not.toContain('mixin-token')
  })

  it('the demo prints the login event with the password, header and card censored', async () => {
    const [line, ...rest] = await captureConsole(() => import('../../../snippets/core-concepts/structured-logging/redact.demo.ts'))
    expect(rest).toEqual([])
    expect(JSON.parse(line!)).toEqual({
      level: 30,
      user_id: 42,
      password: R,
      headers: { authorization: R, accept: 'application/json' },
      payment: { credit_card: R },
      msg: 'user_login',
    })
  })
})
