import { describe, expect, it } from 'vitest'
import { createContextLogger } from '../../../snippets/core-concepts/structured-logging/request-context.ts'
import { createOrderedApp, type IdPlacement } from '../../../snippets/web-api/middleware/ordering.ts'
import { captureConsole } from '../../support/capture-console.ts'

const HEADERS = { 'Host': 'api.example.com', 'Origin': 'https://app.example.com', 'X-Request-Id': 'req-1' }

function appWith(placement: IdPlacement) {
  const lines: Record<string, unknown>[] = []
  const log = createContextLogger({ write: (line: string) => { lines.push(JSON.parse(line) as Record<string, unknown>) } })
  return { app: createOrderedApp(log, placement), lines }
}

describe('the guide\'s ordering pitfalls, re-checked in Hono', () => {
  it('pitfall 1: a thrown request is still timed and logged (errors become responses at the throw site)', async () => {
    const { app, lines } = appWith('id-outside-timing')
    const res = await app.request('/boom', { headers: HEADERS })
    expect(res.status).toBe(500)
    expect(lines).toEqual([expect.objectContaining({ msg: 'Request completed', status: 500, route: '/boom', request_id: 'req-1' })])
  })

  it('pitfall 2: requestId registered inside timing leaves the timing log without an id', async () => {
    const { app, lines } = appWith('id-inside-timing')
    const res = await app.request('/ok', { headers: HEADERS })
    expect(res.headers.get('X-Request-Id')).toBe('req-1') // the header is still set
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ msg: 'Request completed', status: 200 })
    expect(lines[0]).not.toHaveProperty('request_id') // the ALS context had already closed
  })

  it('pitfall 2 fixed: requestId and the log context outside timing tag the line', async () => {
    const { app, lines } = appWith('id-outside-timing')
    await app.request('/ok', { headers: HEADERS })
    expect(lines[0]).toMatchObject({ request_id: 'req-1', status: 200 })
  })

  it('pitfall 3: the onError 500 keeps the CORS headers', async () => {
    const { app } = appWith('id-outside-timing')
    const res = await app.request('/boom', { headers: HEADERS })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://app.example.com')
    expect(res.headers.get('X-Request-Id')).toBe('req-1')
  })

  it('a trusted-host 400 (a layer outside CORS) has no CORS headers, and nothing inside ran', async () => {
    const { app, lines } = appWith('id-outside-timing')
    const res = await app.request('/ok', { headers: { ...HEADERS, Host: 'evil.com' } })
    expect(res.status).toBe(400)
    expect(res.headers.has('Access-Control-Allow-Origin')).toBe(false)
    expect(res.headers.has('X-Request-Id')).toBe(false)
    expect(lines).toEqual([])
  })

  it('demo prints the three checks', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/middleware/ordering.demo.ts'))
    expect(lines).toEqual([
      'id-outside-timing: 500, CORS true, timing log request_id: yes',
      'id-inside-timing: 500, CORS true, timing log request_id: none',
      'Host evil.com: 400, CORS false',
    ])
  })
})
