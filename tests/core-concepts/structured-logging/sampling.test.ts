import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { requestContextMixin } from '../../../snippets/core-concepts/structured-logging/request-context.ts'
import { createApp } from '../../../snippets/core-concepts/structured-logging/request-logging.ts'
import { sampleHealth } from '../../../snippets/core-concepts/structured-logging/sampling.ts'
import { captureLines } from './log-capture.ts'

function appWithDraw(draw: number) {
  const capture = captureLines()
  const log = pino({ base: undefined, mixin: requestContextMixin }, capture.destination)
  const app = createApp(log, sampleHealth({ random: () => draw }))
  app.get('/health', c => c.json({ status: 'ok' }))
  app.get('/health/db', c => c.json({ status: 'down' }, 503))
  return { app, capture }
}

describe('sampling health checks', () => {
  it('a draw of 0.5 drops the health line; 0.005 keeps it', async () => {
    const dropped = appWithDraw(0.5)
    await dropped.app.request('/health')
    expect(dropped.capture.lines).toEqual([])

    const kept = appWithDraw(0.005)
    await kept.app.request('/health')
    expect(kept.capture.records()).toMatchObject([{ msg: 'request_completed', path: '/health', status_code: 200 }])
  })

  it('other paths are always logged, whatever the draw', async () => {
    const { app, capture } = appWithDraw(0.99)
    await app.request('/orders/1')
    expect(capture.records().map(r => r.msg)).toEqual(['fetching_order', 'request_completed'])
  })

  it('a failed health check is always logged', async () => {
    const keep = sampleHealth({ paths: ['/health', '/health/db'], random: () => 0.99 })
    expect(keep('/health/db', 503)).toBe(true)
    expect(keep('/health/db', 200)).toBe(false)

    const capture = captureLines()
    const app = createApp(pino({ base: undefined, mixin: requestContextMixin }, capture.destination), keep)
    app.get('/health/db', c => c.json({ status: 'down' }, 503))
    await app.request('/health/db')
    expect(capture.records()).toMatchObject([{ msg: 'request_completed', status_code: 503 }])
  })

  it('defaults to keeping 1%', () => {
    expect(sampleHealth({ random: () => 0.0099 })('/health', 200)).toBe(true)
    expect(sampleHealth({ random: () => 0.01 })('/health', 200)).toBe(false)
  })
})
