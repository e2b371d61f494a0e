import { setTimeout as sleep } from 'node:timers/promises'
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { requestContextMixin } from '../../../snippets/core-concepts/structured-logging/request-context.ts'
import { createApp, requestLogging, type RequestLogEnv } from '../../../snippets/core-concepts/structured-logging/request-logging.ts'
import { captureLines } from './log-capture.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

function setup() {
  const capture = captureLines()
  const log = pino({ base: undefined, mixin: requestContextMixin }, capture.destination)
  return { capture, log, app: createApp(log) }
}

describe('request logging middleware', () => {
  it('echoes a valid inbound X-Request-Id and puts it on every line', async () => {
    const { capture, app } = setup()
    const res = await app.request('/orders/1081', { headers: { 'X-Request-Id': 'checkout-7f3a' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('X-Request-Id')).toBe('checkout-7f3a')
    const records = capture.records()
    expect(records.map(r => r.msg)).toEqual(['fetching_order', 'request_completed'])
    for (const record of records)
      expect(record).toMatchObject({ request_id: 'checkout-7f3a', method: 'GET', path: '/orders/1081' })
    expect(records[0]).toMatchObject({ order_id: '1081' })
  })

  it.each([
    ['too long', 'a'.repeat(256)],
    ['containing spaces', 'abc def'],
    ['containing a newline-like injection', 'abc\tdef'],
  ])('replaces an invalid inbound id (%s) by a UUID', async (_case, inbound) => {
    const { capture, app } = setup()
    const res = await app.request('/orders/1', { headers: { 'X-Request-Id': inbound } })
    const id = res.headers.get('X-Request-Id')
    expect(id).toMatch(UUID)
    expect(capture.records().every(r => r.request_id === id)).toBe(true)
    expect(capture.lines.join('\n')).not.toContain(inbound)
  })

  it('request_completed has the status code and a numeric duration in ms', async () => {
    const { capture, app } = setup()
    await app.request('/missing')
    const [done] = capture.records()
    expect(done).toMatchObject({ msg: 'request_completed', status_code: 404, level: 30 })
    expect(typeof done!.duration_ms).toBe('number')
    expect(done!.duration_ms).toBeGreaterThanOrEqual(0)
  })

  it('a throwing route yields a 500 and a request_failed line with err.stack', async () => {
    const { capture, log } = setup()
    const app = new Hono<RequestLogEnv>()
    app.use(requestId(), requestLogging(log))
    app.onError((_err, c) => c.json({ error: 'internal_error' }, 500))
    app.get('/boom', async () => {
      await sleep(1)
      throw new Error('database unreachable')
    })
    const res = await app.request('/boom', { headers: { 'X-Request-Id': 'fail-1' } })
    expect(res.status).toBe(500)
    const [failed] = capture.records()
    expect(failed).toMatchObject({ msg: 'request_failed', level: 50, status_code: 500, request_id: 'fail-1', path: '/boom' })
    const err = failed!.err as { message: string, stack: string }
    expect(err.message).toBe('database unreachable')
    expect(err.stack).toContain('Error: database unreachable')
  })

  it('20 concurrent interleaved requests: every line carries the id of its own response', async () => {
    const { capture, log } = setup()
    const app = createApp(log)
    app.get('/jobs/:n', async (c) => {
      const job = Number(c.req.param('n'))
      for (let step = 0; step < 4; step++) {
        await sleep(Math.floor(Math.random() * 20))
        log.info({ job, step }, 'job_step')
      }
      return c.json({ job })
    })
    const responses = await Promise.all(Array.from({ length: 20 }, (_, n) => app.request(`/jobs/${n}`)))
    const idOfJob = responses.map(res => res.headers.get('X-Request-Id'))
    expect(new Set(idOfJob).size).toBe(20)

    const records = capture.records()
    expect(records).toHaveLength(20 * 5) // 4 steps + request_completed each
    for (const record of records) {
      const job = Number(String(record.path).split('/').pop())
      expect(record.request_id).toBe(idOfJob[job])
      if (record.msg === 'job_step')
        expect(record.job).toBe(job)
    }
    // the lines really interleave: the first 20 lines come from more than one request
    expect(new Set(records.slice(0, 20).map(r => r.request_id)).size).toBeGreaterThan(1)
  })

  it('the demo shows the route line and the access line with the same id', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/structured-logging/request-logging.demo.ts'))
    expect(lines.map(line => line.replace(/"duration_ms":[\d.]+/, '"duration_ms":<ms>'))).toEqual([
      '{"level":30,"request_id":"checkout-7f3a","method":"GET","path":"/orders/1081","order_id":"1081","msg":"fetching_order"}',
      '{"level":30,"request_id":"checkout-7f3a","method":"GET","path":"/orders/1081","status_code":200,"duration_ms":<ms>,"msg":"request_completed"}',
      '200 checkout-7f3a',
    ])
  })
})
