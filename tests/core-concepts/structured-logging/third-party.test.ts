import { once } from 'node:events'
import { Hono } from 'hono'
import { logger } from 'hono/logger'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { accessLog, dbLogger, routeProcessWarnings } from '../../../snippets/core-concepts/structured-logging/third-party.ts'
import { captureLines } from './log-capture.ts'

const base = { service: 'shop', version: '1.4.2', environment: 'production' }
let unsubscribe = () => {}
afterEach(() => unsubscribe())

describe('third-party producers through the one root logger', () => {
  it('a Drizzle query-log call becomes a JSON line with component "db" (params counted, not logged)', () => {
    const capture = captureLines()
    dbLogger(pino({ base, level: 'debug' }, capture.destination)).logQuery('select * from users where email = $1', ['ada@example.com'])
    expect(capture.records()).toMatchObject([{ ...base, component: 'db', msg: 'db_query', query: 'select * from users where email = $1', param_count: 1 }])
    expect(capture.lines[0]).not.toContain('ada@example.com')
  })

  it('an emitted process warning becomes a warn line', async () => {
    const capture = captureLines()
    unsubscribe = routeProcessWarnings(pino({ base }, capture.destination))
    const emitted = once(process, 'warning')
    process.emitWarning('pool size 0 is deprecated', 'DeprecationWarning')
    await emitted
    expect(capture.records()).toMatchObject([{ ...base, level: 40, component: 'process', warning_name: 'DeprecationWarning', msg: 'process_warning' }])
    expect((capture.records()[0]!.err as { message: string }).message).toBe('pool size 0 is deprecated')
  })

  it('Hono access lines share the base fields', async () => {
    const capture = captureLines()
    const app = new Hono()
    app.use(logger(accessLog(pino({ base }, capture.destination))))
    app.get('/ping', c => c.text('pong'))
    await app.request('/ping')
    const records = capture.records()
    expect(records).toHaveLength(2) // incoming and outgoing
    for (const record of records)
      expect(record).toMatchObject({ ...base, component: 'http', msg: 'http_access' })
    expect(String(records[1]!.line)).toContain('GET /ping')
  })
})
