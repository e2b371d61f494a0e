import { describe, expect, it } from 'vitest'
import { createContextLogger } from '../../../snippets/core-concepts/structured-logging/request-context.ts'
import { createEchoApp, createOrdersApp } from '../../../snippets/web-api/middleware/request-id.ts'
import { captureConsole } from '../../support/capture-console.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

function collectingLogger() {
  const lines: Record<string, unknown>[] = []
  const log = createContextLogger({ write: (line: string) => { lines.push(JSON.parse(line) as Record<string, unknown>) } })
  return { log, lines }
}

describe('hono/request-id', () => {
  it('echoes a valid incoming id and hands it to the handler', async () => {
    const res = await createEchoApp().request('/', { headers: { 'X-Request-Id': 'gw-2f9c_a=1' } })
    expect(res.headers.get('X-Request-Id')).toBe('gw-2f9c_a=1')
    expect(await res.text()).toBe('gw-2f9c_a=1')
  })

  it('generates a UUID when none is sent', async () => {
    const res = await createEchoApp().request('/')
    expect(res.headers.get('X-Request-Id')).toMatch(UUID)
  })

  it.each([
    ['an encoded newline (log injection)', 'abc%0A{"level":60}'],
    ['a space', 'abc def'],
    ['300 characters', 'x'.repeat(300)],
  ])('replaces an id with %s by a fresh UUID', async (_name, incoming) => {
    const res = await createEchoApp().request('/', { headers: { 'X-Request-Id': incoming } })
    expect(res.headers.get('X-Request-Id')).toMatch(UUID)
    expect(await res.text()).toBe(res.headers.get('X-Request-Id'))
  })

  it('accepts exactly 255 characters (the pinned default limit) and refuses 256', async () => {
    const app = createEchoApp()
    const ok = await app.request('/', { headers: { 'X-Request-Id': 'a'.repeat(255) } })
    expect(ok.headers.get('X-Request-Id')).toBe('a'.repeat(255))
    const tooLong = await app.request('/', { headers: { 'X-Request-Id': 'a'.repeat(256) } })
    expect(tooLong.headers.get('X-Request-Id')).toMatch(UUID)
  })

  it('a real newline cannot even reach the app: Headers refuse it', () => {
    expect(() => new Headers({ 'X-Request-Id': 'a\nb' })).toThrow(TypeError)
  })
})

describe('request id in every log line (AsyncLocalStorage + pino mixin)', () => {
  const okBilling = () => new Response(null, { status: 204 })

  it('a line written inside a nested repository call carries the id; the downstream call receives it', async () => {
    const { log, lines } = collectingLogger()
    const seen: (string | null)[] = []
    const app = createOrdersApp(log, (_url, init) => {
      seen.push(new Headers(init.headers).get('X-Request-Id'))
      return okBilling()
    })
    const res = await app.request('/orders/7', { headers: { 'X-Request-Id': 'req-abc' } })
    expect(await res.json()).toEqual({ id: '7', billed: true })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ msg: 'order loaded', order_id: '7', request_id: 'req-abc' })
    expect(seen).toEqual(['req-abc'])
  })

  it('50 concurrent requests with random delays never mix their ids', async () => {
    const { log, lines } = collectingLogger()
    const forwarded: (string | null)[] = []
    const app = createOrdersApp(log, (_url, init) => {
      forwarded.push(new Headers(init.headers).get('X-Request-Id'))
      return okBilling()
    }, () => new Promise(resolve => setTimeout(resolve, Math.random() * 20)))
    const ids = Array.from({ length: 50 }, (_, i) => `req-${i}`)
    await Promise.all(ids.map((id, i) => app.request(`/orders/${i}`, { headers: { 'X-Request-Id': id } })))
    expect(lines).toHaveLength(50)
    for (const line of lines)
      expect(line.request_id).toBe(`req-${String(line.order_id)}`)
    expect(forwarded.toSorted()).toEqual(ids.toSorted()) // each request forwarded its own id, once
  })

  it('demo shows a valid id echoed and invalid ones replaced', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/middleware/request-id.demo.ts'))
    expect(lines[0]).toBe('req-7f3a -> req-7f3a')
    expect(lines[1]).toMatch(/^x%0A\{"level":60\} -> [0-9a-f-]{36}$/)
    expect(lines[2]).toMatch(/^300 chars -> [0-9a-f-]{36}$/)
  })
})
