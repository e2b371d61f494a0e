import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { createCustomApp, createGatedApp, createOnionApp, customHeader } from '../../../snippets/web-api/middleware/onion.ts'
import { Hono } from 'hono'

describe('the onion', () => {
  it('runs layers in registration order on the way in and in reverse on the way out', async () => {
    const trace: string[] = []
    const res = await createOnionApp(trace).request('/')
    expect(res.status).toBe(200)
    expect(trace).toEqual(['A in', 'B in', 'handler', 'B out', 'A out'])
  })

  it('a layer that returns without next() short-circuits with 403; the handler never runs', async () => {
    const trace: string[] = []
    const app = createGatedApp(trace)
    const denied = await app.request('/')
    expect(denied.status).toBe(403)
    expect(await denied.json()).toEqual({ code: 'FORBIDDEN' })
    expect(trace).toEqual([])
    const allowed = await app.request('/', { headers: { 'X-Api-Key': 'let-me-in' } })
    expect(allowed.status).toBe(200)
    expect(trace).toEqual(['handler'])
  })

  it('the custom factory sets its header with the configured value, globally, per pattern, per route', async () => {
    const app = createCustomApp()
    const res = await app.request('/api/items')
    expect(res.headers.get('X-Custom')).toBe('global')
    expect(res.headers.get('X-Api')).toBe('api')
    expect(res.headers.get('X-Route')).toBe('route')
    expect(await res.json()).toEqual({ seen: 'route' }) // the innermost layer set it last
    const other = await app.request('/elsewhere')
    expect(other.headers.get('X-Custom')).toBe('global')
    expect(other.headers.has('X-Api')).toBe(false)
  })

  it('uses X-Custom by default and exposes the value as a typed variable', async () => {
    const app = new Hono<{ Variables: { customValue: string } }>()
      .use(customHeader({ value: 'v1' }))
      .get('/', c => c.text(c.var.customValue))
    const res = await app.request('/')
    expect(await res.text()).toBe('v1')
    expect(res.headers.get('X-Custom')).toBe('v1')
  })

  it('demo prints the onion order and the short-circuit', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/middleware/onion.demo.ts'))
    expect(lines).toEqual(['A in -> B in -> handler -> B out -> A out', 'no key: 403, handler ran 0 times'])
  })
})
