import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { CompletedLine } from '../../../snippets/web-api/middleware/timing.ts'
import { BUCKETS, createHistogram, createMeteredApp, createTimedApp, routeLabel, timingLog, toHistogram } from '../../../snippets/web-api/middleware/timing.ts'
import { captureConsole } from '../../support/capture-console.ts'

const noDelay = async () => {}

describe('hono/timing', () => {
  it('adds a standard Server-Timing header with total and the custom metric', async () => {
    const res = await createTimedApp(noDelay).request('/users/42')
    const header = res.headers.get('Server-Timing') ?? ''
    expect(header).toMatch(/total;dur=[\d.]+/)
    expect(header).toMatch(/db;dur=[\d.]+;desc="user lookup"/)
  })
})

describe('the completion log line', () => {
  it('has method, route pattern (not the raw path), status and duration_ms with at most 2 decimals', async () => {
    const lines: CompletedLine[] = []
    await createMeteredApp(l => lines.push(l), noDelay).request('/users/42')
    expect(lines).toHaveLength(1)
    const [line] = lines
    expect(line).toMatchObject({ msg: 'Request completed', method: 'GET', route: '/users/:id', status: 200 })
    expect(String(line?.duration_ms)).toMatch(/^\d+(\.\d{1,2})?$/)
  })

  it('measures with the injected monotonic clock', async () => {
    const ticks = [100, 112.3456]
    const lines: CompletedLine[] = []
    const app = new Hono().use(timingLog(l => lines.push(l), () => ticks.shift() ?? 0)).get('/', c => c.text('ok'))
    await app.request('/')
    expect(lines[0]?.duration_ms).toBe(12.35)
  })

  it('labels an unmatched path "unmatched" and logs its 404', async () => {
    const lines: CompletedLine[] = []
    await createMeteredApp(l => lines.push(l), noDelay).request('/definitely/not/here')
    expect(lines[0]).toMatchObject({ route: 'unmatched', status: 404 })
  })

  it('routeLabel(c) inside a handler is the handler route; routePath(c) in middleware would be /*', async () => {
    const app = new Hono().get('/items/:sku', c => c.text(routeLabel(c)))
    expect(await (await app.request('/items/abc')).text()).toBe('/items/:sku')
  })
})

describe('route-pattern metrics', () => {
  it('bucket counts add up (cumulative, le semantics)', () => {
    const h = createHistogram()
    const labels = { method: 'GET', route: '/users/:id', status: 200 }
    for (const s of [0.005, 0.01, 0.2, 3, 12])
      h.observe(labels, s)
    const series = h.series.get('GET /users/:id 200')
    expect(BUCKETS).toEqual([0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10])
    expect(series?.buckets).toEqual([2, 2, 2, 3, 3, 3, 3, 4, 4])
    expect(series?.count).toBe(5) // +Inf bucket = count
    expect(series?.sum).toBeCloseTo(15.215)
  })

  it('1,000 requests to distinct ids create ONE label set', async () => {
    const h = createHistogram()
    const app = createMeteredApp(toHistogram(h), noDelay)
    await Promise.all(Array.from({ length: 1000 }, (_, i) => app.request(`/users/${i}`)))
    expect([...h.series.keys()]).toEqual(['GET /users/:id 200'])
    expect(h.series.get('GET /users/:id 200')?.count).toBe(1000)
  })

  it('demo shows the header and the route labels', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/middleware/timing.demo.ts'))
    expect(lines[0]).toMatch(/^Server-Timing: db;dur=[\d.]+;desc="user lookup",total;dur=/)
    expect(lines.slice(1)).toEqual([
      'GET route=/users/:id status=200 duration_ms: number',
      'GET route=/users/:id status=200 duration_ms: number',
      'GET route=unmatched status=404 duration_ms: number',
    ])
  })
})
