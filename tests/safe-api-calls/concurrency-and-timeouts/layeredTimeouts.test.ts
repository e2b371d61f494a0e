import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { fetch } from 'undici'
import type { Pool } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { TokenBucket } from '../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'
import { createVendorPool, productionTransport } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { deadline } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/deadline.ts'
import {
  callPhase, callWithinBudget, createLayeredApp, type LayeredDeps, queuePhase,
} from '../../../snippets/safe-api-calls/concurrency-and-timeouts/layeredTimeouts.ts'
import {
  CallTimeoutError, ClientAbortError, DeadlineExceededError, QueueTimeoutError,
} from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import { lagMonitor, until } from '../../support/timing.ts'

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))
const noSla = () => deadline(Number.POSITIVE_INFINITY, () => new DeadlineExceededError())

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number, value?: T, err?: unknown }> {
  const t0 = performance.now()
  try {
    return { value: await work(), ms: performance.now() - t0 }
  }
  catch (err) {
    return { err, ms: performance.now() - t0 }
  }
}

describe('queue, call and SLA clocks (queue 200, call 300, SLA 500 ms)', () => {
  let vendor: FakeLlmServer | undefined
  let pool: Pool | undefined
  let app: ServerType | undefined
  afterEach(async () => {
    lag[Symbol.dispose]()
    await new Promise<void>(resolve => app ? app.close(() => resolve()) : resolve())
    await pool?.destroy()
    await vendor?.close()
    expect(vendor?.stats.openSockets ?? 0).toBe(0)
    vendor = pool = app = undefined
  })

  let lag: ReturnType<typeof lagMonitor>
  beforeEach(() => {
    lag = lagMonitor()
  })
  async function setUp(latencyMs: number, overrides: Partial<LayeredDeps> = {}): Promise<LayeredDeps & { events: string[] }> {
    vendor = await serveFakeLlm({ plan: { latencyMs } })
    // Transport timers well above the test clocks: here the application clocks must fire.
    pool = createVendorPool({ ...productionTransport(vendor.url), connections: 5 })
    const events: string[] = []
    return {
      vendorUrl: vendor.url, pool, events,
      bucket: new TokenBucket({ ratePerSec: 1000, burst: 100 }),
      permits: new Semaphore(5),
      queueMs: 200, callMs: 300, slaMs: 500,
      log: (event, fields) => events.push(`${event}: ${String(fields.error)}`),
      ...overrides,
    }
  }

  it('(a) no permit within the queue budget -> QueueTimeoutError, and the vendor never sees it', async () => {
    const deps = await setUp(2000, { permits: new Semaphore(1), callMs: 5000 })
    using holder = noSla()
    const firstPermit = await queuePhase(deps, holder)
    const first = callPhase(deps, 'long', holder).catch(() => undefined).finally(() => firstPermit.release())
    await sleep(20)
    using second = noSla()
    const { err, ms } = await timed(() => queuePhase(deps, second))
    expect(err).toBeInstanceOf(QueueTimeoutError)
    expect(ms).toBeGreaterThanOrEqual(200 - 5)
    expect(ms).toBeLessThan(200 + await lag.slack())
    expect(vendor!.stats.requests).toBe(1)
    expect(deps.permits.waiting).toBe(0) // the timed-out waiter left the queue
    await pool!.destroy() // end the 2 s call now
    await first
  })

  it('(b) the queue deadline does not bleed into the call: queue 200, call 2 s, vendor 1 s -> success', async () => {
    const deps = await setUp(1000, { callMs: 2000 })
    using request = noSla()
    const { value, ms } = await timed(() => callWithinBudget(deps, 'hi', request))
    expect(value).toContain('chat.completion')
    expect(ms).toBeGreaterThanOrEqual(1000)
    expect(vendor!.stats.requests).toBe(1)
  })

  it('(c) a vendor slower than the call budget -> CallTimeoutError at the budget', async () => {
    const deps = await setUp(5000)
    using request = noSla()
    const { err, ms } = await timed(() => callPhase(deps, 'hi', request))
    expect(err).toBeInstanceOf(CallTimeoutError)
    expect(ms).toBeGreaterThanOrEqual(300 - 5)
    expect(ms).toBeLessThan(300 + await lag.slack())
    await until(() => vendor!.stats.clientCloses.length > 0)
    expect(vendor!.stats.clientCloses).toHaveLength(1) // wired: the vendor saw the close
  })

  async function serveApp(deps: LayeredDeps): Promise<string> {
    const server = app = serve({ fetch: createLayeredApp(deps).fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise<void>(resolve => server.listening ? resolve() : server.once('listening', () => resolve()))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }
  const post = (url: string, signal?: AbortSignal) => fetch(`${url}/chat`, {
    method: 'POST', signal, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'hi' }),
  })

  it('(d) a hanging vendor: 504 at the SLA, the second attempt capped to the remaining budget', async () => {
    const deps = await setUp(10_000)
    const url = await serveApp(deps)
    const { value: res, ms } = await timed(() => post(url))
    expect(res?.status).toBe(504)
    expect(ms).toBeLessThan(550 + await lag.slack())
    await until(() => vendor!.stats.clientCloses.length >= 2)
    const [first, second] = vendor!.stats.log
    expect(vendor!.stats.requests).toBe(2)
    const [, close2] = vendor!.stats.clientCloses
    expect(close2!.at - second!.at).toBeLessThan(300) // about 180-200 ms: what the SLA had left
    // A full 300 ms second attempt would end at >= 600 ms; it was cut at the 500 ms SLA.
    expect(close2!.at - first!.at).toBeLessThan(500 + await lag.slack())
    expect(deps.events).toEqual(['chat failed: DeadlineExceededError'])
    expect(deps.permits.available).toBe(5)
  })

  it('(e) the client leaves after 100 ms: vendor call aborted, permit released, ClientAbortError', async () => {
    const deps = await setUp(10_000)
    const url = await serveApp(deps)
    const { err } = await timed(() => post(url, AbortSignal.timeout(100)))
    expect(err).toMatchObject({ name: 'TimeoutError' }) // the client got no response at all
    await until(() => vendor!.stats.clientCloses.length > 0 && deps.events.length > 0)
    expect(vendor!.stats.clientCloses).toHaveLength(1)
    expect(vendor!.stats.inFlight).toBe(0)
    expect(deps.permits.available).toBe(5)
    expect(deps.events).toEqual(['chat failed: ClientAbortError'])
  })

  it('(f) a full queue maps to 503 with Retry-After, and the four clock errors stay distinct', async () => {
    const deps = await setUp(2000, { permits: new Semaphore(1), slaMs: 3000 })
    const url = await serveApp(deps)
    const busy = post(url).then(r => r.text()).catch(() => undefined)
    await sleep(30)
    const res = await post(url)
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('1')
    await res.text()
    const errors = [new QueueTimeoutError(), new CallTimeoutError(), new DeadlineExceededError(), new ClientAbortError()]
    expect(new Set(errors.map(e => e.constructor)).size).toBe(4)
    await pool!.destroy()
    await busy
  })
})
