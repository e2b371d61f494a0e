import { createServer } from 'node:net'
import type { Pool } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Blackhole, startBlackhole } from '../../../snippets/shared/fake-llm/blackhole.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import type { FaultPlan } from '../../../snippets/shared/fake-llm/app.ts'
import { createVendorPool } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { QueueTimeoutError } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import {
  callWithQueueBudget, classifyTransport, readCompletion, testTransport,
} from '../../../snippets/safe-api-calls/concurrency-and-timeouts/transportTimeouts.ts'
import { failure, lagMonitor, WHEEL_MS } from '../../support/timing.ts'

// undici 8 runs connect, headers and body timers on its coarse timer wheel at EVERY value
// (ticks of ~500 ms; its docs still say "native timers up to 1 s"): a timer fires between its
// delay and about one second later. The per-attempt deadline's margin must exceed that.


describe('undici transport timers, one fault per phase (connect 200, headers 250, body 250 ms)', () => {
  let server: FakeLlmServer | undefined
  let blackhole: Blackhole | undefined
  let pool: Pool | undefined
  afterEach(async () => {
    lag[Symbol.dispose]()
    await pool?.destroy()
    await server?.close()
    await blackhole?.close()
    expect(server?.stats.openSockets ?? 0).toBe(0)
    expect(blackhole?.stats.openSockets ?? 0).toBe(0)
    server = blackhole = pool = undefined
  })
  let lag: ReturnType<typeof lagMonitor>
  beforeEach(() => {
    lag = lagMonitor()
  })
  async function vendor(plan: FaultPlan, connections?: number) {
    server = await serveFakeLlm({ plan })
    pool = createVendorPool({ ...testTransport(server.url), ...(connections ? { connections } : {}) })
    return { url: server.url, pool }
  }

  it('connect: a TLS handshake that never completes -> connect-timeout at connectTimeout', async () => {
    blackhole = await startBlackhole()
    const p = pool = createVendorPool(testTransport(blackhole.url))
    const { err, ms } = await failure(() => readCompletion(blackhole!.url, p))
    expect(classifyTransport(err)).toBe('connect-timeout')
    expect(err).toMatchObject({ message: 'fetch failed', cause: { code: 'UND_ERR_CONNECT_TIMEOUT' } })
    expect(ms).toBeGreaterThanOrEqual(200 - 5)
    expect(ms).toBeLessThan(200 + WHEEL_MS + await lag.slack())
    expect(blackhole.stats.accepted).toBe(1) // TCP connected; only the handshake hung
  })

  it('headers: the vendor takes 2 s to answer -> headers-timeout at 250 ms (one wheel tick late at most)', async () => {
    const v = await vendor({ latencyMs: 2000 })
    const { err, ms } = await failure(() => readCompletion(v.url, v.pool))
    expect(classifyTransport(err)).toBe('headers-timeout')
    expect(ms).toBeGreaterThanOrEqual(250 - 5)
    expect(ms).toBeLessThan(250 + WHEEL_MS + await lag.slack())
  })

  it('body: headers, a few bytes, then silence -> body-timeout while reading', async () => {
    const v = await vendor({ bodyStallAfterBytes: 10 })
    const { err, ms } = await failure(() => readCompletion(v.url, v.pool))
    expect(classifyTransport(err)).toBe('body-timeout')
    expect(err).toMatchObject({ name: 'TypeError', message: 'terminated' }) // raised by the body read
    expect(ms).toBeGreaterThanOrEqual(250 - 5)
    expect(ms).toBeLessThan(250 + WHEEL_MS + await lag.slack())
  })

  it('a steady stream (a chunk every 200 ms for 2 s) outlives a 250 ms bodyTimeout', async () => {
    const v = await vendor({ chunks: 10, gapMs: 200 })
    const t0 = performance.now()
    const text = await readCompletion(v.url, v.pool, true)
    expect(performance.now() - t0).toBeGreaterThanOrEqual(1800) // far beyond 250 ms in total
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true)
  })

  it('pool wait: no undici timer; only the signal takes a queued request out', async () => {
    server = await serveFakeLlm({ plan: { latencyMs: 600 } })
    const p = pool = createVendorPool({ ...testTransport(server.url), headersTimeoutMs: 5000, connections: 1 })
    const first = readCompletion(server.url, p) // holds the only socket for 600 ms
    await new Promise(r => setTimeout(r, 50))
    expect(p.stats.pending).toBe(0)
    const { err, ms } = await failure(() => callWithQueueBudget(server!.url, p, 200))
    expect(err).toBeInstanceOf(QueueTimeoutError) // undici itself would have waited forever
    expect(ms).toBeGreaterThanOrEqual(200 - 5)
    expect(ms).toBeLessThan(200 + await lag.slack())
    await first
    await new Promise(r => setTimeout(r, 20))
    expect(p.stats.pending).toBe(0) // the aborted request was dropped when its turn came...
    expect(server.stats.requests).toBe(1) // ...and the vendor never saw it
  })

  it('connection refused (nothing listens) -> refused', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address()
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
      })
    })
    const p = pool = createVendorPool(testTransport(`http://127.0.0.1:${port}`))
    const { err } = await failure(() => readCompletion(`http://127.0.0.1:${port}`, p))
    expect(classifyTransport(err)).toBe('refused')
  })

  it('reset before headers -> reset', async () => {
    const v = await vendor({ reset: 'before-headers' })
    const { err } = await failure(() => readCompletion(v.url, v.pool))
    expect(classifyTransport(err)).toBe('reset')
  })

  it('anything else is not a transport error', () => {
    expect(classifyTransport(new TypeError('fetch failed', { cause: new Error('boom') }))).toBeUndefined()
    expect(classifyTransport('not even an error')).toBeUndefined()
  })
})
