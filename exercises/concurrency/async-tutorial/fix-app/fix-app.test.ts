import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { probeDuringCompute } from '../../../../snippets/concurrency/threads-processes-async/responsiveness.ts'
import { createShopApp, SKUS, slowSignature } from './fix-app.ts'
import type { ShopDeps } from './fix-app.ts'

const UPSTREAM_MS = 400

function fakeDeps(log: string[]): ShopDeps {
  return {
    sendConfirmation: async (orderId) => {
      await sleep(20)
      throw new Error(`SMTP refused the mail for order ${orderId}`)
    },
    fetchPrice: async (sku) => { await sleep(UPSTREAM_MS); return sku.length },
    log: line => log.push(line),
  }
}

describe('fix the floating Promises', () => {
  let shop: ReturnType<typeof createShopApp> | undefined
  const unhandled: unknown[] = []
  const onUnhandled = (reason: unknown) => { unhandled.push(reason) }
  afterEach(async () => {
    await shop?.close()
    shop = undefined
    process.off('unhandledRejection', onUnhandled)
    unhandled.length = 0
  })

  it('an order answers 201 and its failing confirmation is supervised: logged, no unhandled rejection', async () => {
    process.on('unhandledRejection', onUnhandled)
    const log: string[] = []
    shop = createShopApp(fakeDeps(log))
    const response = await shop.app.request('/orders/42', { method: 'POST' })
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ orderId: 42, status: 'placed' })
    await sleep(100) // the confirmation fails at 20 ms
    expect(unhandled, 'the confirmation Promise floated: its rejection was unhandled').toEqual([])
    expect(log).toHaveLength(1)
    expect(log[0]).toContain('SMTP refused the mail for order 42')
    expect(log[0]).toContain('42')
  })

  it('/prices answers within 1.5x one upstream latency, with every price', async () => {
    shop = createShopApp(fakeDeps([]))
    const start = performance.now()
    const response = await shop.app.request('/prices')
    const elapsed = performance.now() - start
    expect(await response.json()).toEqual(Object.fromEntries(SKUS.map(sku => [sku, sku.length])))
    expect(elapsed, 'the five prices were fetched one after another').toBeLessThan(UPSTREAM_MS * 1.5)
  })

  it('/health answers first, and fast, while a signature is being computed', async () => {
    shop = createShopApp(fakeDeps([]))
    await shop.app.request('/signature?data=warm-up') // a worker that loads on first use is fine
    const probe = await probeDuringCompute(shop.app, '/signature?data=invoice-7')
    expect(JSON.parse(probe.body)).toEqual({ signature: slowSignature('invoice-7') })
    expect(probe.healthFirst, '/health waited for /signature: it still runs on the main thread').toBe(true)
    expect(probe.healthMs).toBeLessThan(Math.max(50, probe.computeMs / 2))
  })

  it('/signature without data is a clear 400', async () => {
    shop = createShopApp(fakeDeps([]))
    const response = await shop.app.request('/signature')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'data is required' })
  })
})
