import { Writable } from 'node:stream'
import { afterEach, describe, expect, it, vi } from 'vitest'

// The root lives in module scope, as in an app: each test loads a fresh copy of the module.
async function freshModule() {
  vi.resetModules()
  return import('./configure-once.ts')
}

// A real in-memory destination: the test reads the JSON lines pino wrote.
function capture() {
  const chunks: string[] = []
  const stream = new Writable({ write(chunk, _encoding, done) { chunks.push(String(chunk)); done() } })
  const records = () => chunks.join('').split('\n').filter(Boolean).map(line => JSON.parse(line) as Record<string, unknown>)
  let opened = 0
  const createDestination = () => {
    opened++
    return stream
  }
  return { createDestination, records, opened: () => opened }
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('configure-once', () => {
  it('the destination factory is called exactly once across many getLogger calls', async () => {
    const { getLogger } = await freshModule()
    const out = capture()
    for (const module of ['orders', 'billing', 'email', 'orders'])
      getLogger(module, { createDestination: out.createDestination })
    expect(out.opened()).toBe(1)
  })

  it('every message is written once, and each line carries the right module name', async () => {
    const { getLogger } = await freshModule()
    const out = capture()
    const orders = getLogger('orders', { createDestination: out.createDestination })
    const billing = getLogger('billing', { createDestination: out.createDestination })
    orders.info('order 17 created')
    billing.info('order 17 charged')
    getLogger('orders').info('order 17 shipped')
    expect(out.records().map(r => `${String(r.module)}: ${String(r.msg)}`)).toEqual([
      'orders: order 17 created',
      'billing: order 17 charged',
      'orders: order 17 shipped',
    ])
  })

  it('the level comes from the first call, and later options cannot reconfigure it', async () => {
    const { getLogger } = await freshModule()
    const out = capture()
    const log = getLogger('orders', { level: 'warn', createDestination: out.createDestination })
    log.info('dropped')
    getLogger('billing', { level: 'debug', createDestination: out.createDestination }).debug('also dropped')
    log.warn('kept')
    expect(out.records().map(r => r.msg)).toEqual(['kept'])
    expect(out.opened()).toBe(1)
  })

  it('without a level parameter, LOG_LEVEL from the environment applies', async () => {
    vi.stubEnv('LOG_LEVEL', 'error')
    const { getLogger } = await freshModule()
    const out = capture()
    const log = getLogger('orders', { createDestination: out.createDestination })
    log.warn('dropped')
    log.error('kept')
    expect(out.records().map(r => r.msg)).toEqual(['kept'])
  })

  it('with neither, the level is info', async () => {
    vi.stubEnv('LOG_LEVEL', undefined)
    const { getLogger } = await freshModule()
    const out = capture()
    const log = getLogger('orders', { createDestination: out.createDestination })
    log.debug('dropped')
    log.info('kept')
    expect(out.records().map(r => r.msg)).toEqual(['kept'])
  })
})
