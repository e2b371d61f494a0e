import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { createCheckoutService, createInventoryService, fetchWithRequestId } from '../../../snippets/core-concepts/structured-logging/correlation.ts'
import { requestContextMixin } from '../../../snippets/core-concepts/structured-logging/request-context.ts'
import { captureLines } from './log-capture.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

function twoServices() {
  const capture = captureLines()
  const logger = (service: string) => pino({ base: { service }, mixin: requestContextMixin }, capture.destination)
  const inventory = createInventoryService(logger('inventory'))
  const checkout = createCheckoutService(logger('checkout'), (url, init) => inventory.request(url, init))
  return { capture, inventory, checkout }
}

describe('correlation ids across services', () => {
  it('service B logs the same request id as service A', async () => {
    const { capture, checkout } = twoServices()
    const res = await checkout.request('/checkout/sku-9', { method: 'POST', headers: { 'X-Request-Id': 'abc-123' } })
    expect(await res.json()).toEqual({ ok: true })
    const records = capture.records()
    expect(records.map(r => `${r.service}:${r.msg}`)).toEqual([
      'inventory:stock_checked', 'inventory:request_completed', 'checkout:checkout_completed', 'checkout:request_completed',
    ])
    expect(records.every(r => r.request_id === 'abc-123')).toBe(true)
  })

  it('A generates an id when the client sends none, and B still shares it', async () => {
    const { capture, checkout } = twoServices()
    const res = await checkout.request('/checkout/sku-1', { method: 'POST' })
    const id = res.headers.get('X-Request-Id')
    expect(id).toMatch(UUID)
    expect(new Set(capture.records().map(r => r.request_id))).toEqual(new Set([id]))
  })

  it('outside a request no header is sent, and B generates its own id', async () => {
    const { capture, inventory } = twoServices()
    const sent: Headers[] = []
    const call = fetchWithRequestId((url, init) => {
      sent.push(new Headers(init.headers))
      return inventory.request(url, init)
    })
    const res = await call('http://inventory/stock/sku-2', { method: 'GET' })
    expect(sent[0]!.has('X-Request-Id')).toBe(false)
    const generated = res.headers.get('X-Request-Id')
    expect(generated).toMatch(UUID)
    expect(capture.records().every(r => r.request_id === generated)).toBe(true)
  })

  it('the demo prints four lines from two services with one id', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/structured-logging/correlation.demo.ts'))
    expect(lines).toHaveLength(4)
    const records = lines.map(line => JSON.parse(line) as Record<string, unknown>)
    expect(records.map(r => [r.service, r.request_id, r.msg])).toEqual([
      ['inventory', 'abc-123', 'stock_checked'],
      ['inventory', 'abc-123', 'request_completed'],
      ['checkout', 'abc-123', 'checkout_completed'],
      ['checkout', 'abc-123', 'request_completed'],
    ])
  })
})
