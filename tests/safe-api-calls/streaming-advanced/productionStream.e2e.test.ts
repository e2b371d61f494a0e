// The production streaming endpoint end to end: our Hono app and the fake LLM on loopback sockets,
// the shared breaker in a real Redis. One case per row of the section's streaming fault matrix.
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { Hono } from 'hono'
import { fetch, Pool } from 'undici'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { GUIDE_BREAKER } from '../../../snippets/safe-api-calls/advanced-patterns/breakerStateMachine.ts'
import { RedisBreaker } from '../../../snippets/safe-api-calls/advanced-patterns/redisBreaker.ts'
import type { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { registerStreamRoute } from '../../../snippets/safe-api-calls/streaming-advanced/productionStream.ts'
import { scaledStreamDeps } from '../../../snippets/safe-api-calls/streaming-advanced/scaledStream.ts'
import { StreamAdmission } from '../../../snippets/safe-api-calls/streaming-advanced/streamAdmission.ts'
import { StreamMetrics } from '../../../snippets/safe-api-calls/streaming-patterns/streamMetrics.ts'
import { type FaultPlan, SCENARIO_HEADER } from '../../../snippets/shared/fake-llm/app.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { redisTestBed } from '../../support/redis-test-bed.ts'
import { lagMonitor } from '../../support/timing.ts'

const bed = redisTestBed({ commandTimeout: 500 })
let vendor: FakeLlmServer
let vendorPool: Pool
let clientPool: Pool
let app: ServerType
let origin: string
let permits: Semaphore
let admission: StreamAdmission
let metrics: StreamMetrics
let breaker: RedisBreaker
let breakerName: string
let n = 0


async function start(plan: FaultPlan, clocks = { ttftMs: 1_000, idleMs: 1_000 }): Promise<void> {
  vendor = await serveFakeLlm()
  vendor.fake.scenario('s', { sequenceBy: 'scenario', chunks: 12, gapMs: 2, ...plan })
  const scaled = scaledStreamDeps(vendor.url, { clocks, headers: { [SCENARIO_HEADER]: 's' } })
  vendorPool = scaled.pool
  permits = scaled.permits
  admission = new StreamAdmission()
  metrics = new StreamMetrics()
  breakerName = `stream-${process.pid}-${++n}`
  breaker = new RedisBreaker({ redis: bed.redis, name: breakerName, config: { ...GUIDE_BREAKER, openMs: 500 } })
  const hono = new Hono()
  registerStreamRoute(hono, {
    admission, breaker, metrics,
    stream: scaled.stream,
  })
  await new Promise<void>((resolve) => { app = serve({ fetch: hono.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve()) })
  origin = `http://127.0.0.1:${(app.address() as AddressInfo).port}`
  clientPool = new Pool(origin, { connections: 4 })
}

afterEach(async () => {
  await clientPool.close()
  await vendorPool.close()
  await new Promise<void>(resolve => app.close(() => resolve()))
  await vi.waitFor(() => expect(vendor.stats.openSockets).toBe(0))
  await vendor.close()
})

const post = (signal?: AbortSignal) => fetch(`${origin}/v1/stream`, {
  method: 'POST', dispatcher: clientPool, signal, headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ messages: [{ role: 'user', content: 'stream it' }] }),
})
const events = (text: string) => text.split('\n\n').filter(b => b.trim()).map(b => ({
  event: /^event: (.*)$/m.exec(b)?.[1], data: /^data: (.*)$/m.exec(b)?.[1] ?? '',
}))
const failures = () => bed.redis.zcard(`breaker:${breakerName}:failures`)
const released = async () => {
  await vi.waitFor(() => expect(admission.active).toBe(0))
  expect(permits.available).toBe(2)
}

describe('productionStream e2e', () => {
  it('normal stream: every event then [DONE]; metrics recorded', async () => {
    await start({})
    const res = await post()
    expect(res.status).toBe(200)
    const ev = events(await res.text())
    expect(ev.filter(e => e.event === undefined && e.data !== '[DONE]')).toHaveLength(12)
    expect(ev.at(-1)?.data).toBe('[DONE]')
    await released()
    expect(metrics.observations[0]).toMatchObject({ outcome: 'completed', chunks: 12 })
    expect(metrics.observations[0]?.ttfcMs).not.toBeNull()
    expect(await breaker.state()).toBe('closed')
  })

  it('TTFT timeout on the first attempt: retried once, success, the client saw no error', async () => {
    await start({ steps: [{ ttftMs: 2_000 }, {}] }, { ttftMs: 200, idleMs: 1_000 })
    const ev = events(await (await post()).text())
    expect(ev.some(e => e.event === 'error')).toBe(false)
    expect(ev.at(-1)?.data).toBe('[DONE]')
    expect(vendor.stats.forScenario('s').requests).toBe(2)
    expect(vendor.stats.clientCloses[0]?.phase).toBe('body') // attempt 1 was aborted, not abandoned
    await released()
  })

  it('mid-stream reset: one in-band upstream_error, no retry, one breaker failure recorded', async () => {
    await start({ reset: { afterChunks: 3 } })
    const ev = events(await (await post()).text())
    expect(ev.filter(e => e.event === 'error')).toEqual([{ event: 'error', data: JSON.stringify({ error: 'upstream_error' }) }])
    expect(ev.filter(e => e.event === undefined)).toHaveLength(3)
    expect(vendor.stats.forScenario('s').requests).toBe(1)
    await released()
    expect(await failures()).toBe(1)
  })

  it('idle stall: in-band timeout event, the upstream request aborted', async () => {
    await start({ stallAfterChunks: 3 }, { ttftMs: 1_000, idleMs: 150 })
    const ev = events(await (await post()).text())
    expect(ev.at(-1)).toEqual({ event: 'error', data: JSON.stringify({ error: 'timeout' }) })
    await vi.waitFor(() => expect(vendor.stats.clientCloses).toHaveLength(1))
    expect(vendor.stats.clientCloses[0]?.generationStopped).toBe(true)
    await released()
  })

  it('client disconnect during a stall: upstream aborted within 100 ms, slots released, counted, breaker unchanged', async () => {
    await start({ stallAfterChunks: 3 })
    using lag = lagMonitor()
    const leave = new AbortController()
    const res = await post(leave.signal)
    const reader = res.body!.getReader()
    let text = ''
    while ((text.match(/\n\n/g) ?? []).length < 3) {
      const { value } = await reader.read()
      text += new TextDecoder().decode(value)
    }
    const leftAt = Date.now()
    leave.abort()
    await vi.waitFor(() => expect(vendor.stats.clientCloses).toHaveLength(1))
    expect(vendor.stats.clientCloses[0]!.at - leftAt).toBeLessThan(await lag.slack()) // at once, not at a timeout
    await released()
    expect(metrics.clientDisconnects).toBe(1)
    expect(await failures()).toBe(0)
    expect(await breaker.state()).toBe('closed')
  })

  it('the 51st concurrent stream: a real 503 before any upstream request', async () => {
    await start({})
    const held = Array.from({ length: 50 }, () => admission.admit()!)
    const res = await post()
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('1')
    expect(await res.json()).toEqual({ error: 'ADMISSION_REJECTED' })
    expect(vendor.stats.requests).toBe(0)
    for (const t of held) t.release({ chunks: 0, durationMs: 0 })
    await released()
  })

  it('breaker open: a real 503 before streaming, zero vendor requests', async () => {
    await start({})
    for (let i = 0; i < 5; i++) await breaker.record('vendor-fault')
    const res = await post()
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ error: 'BREAKER_OPEN' })
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(vendor.stats.requests).toBe(0)
    await released()
  })

  it('429 with retry-after-ms: 150 at initiation: honoured once inside the TTFT budget, then success', async () => {
    await start({ steps: [{ status: 429, retryAfterMs: 150 }, {}] })
    const ev = events(await (await post()).text())
    expect(ev.at(-1)?.data).toBe('[DONE]')
    const log = vendor.stats.forScenario('s').log
    expect(log.map(r => r.status)).toEqual([429, 200])
    expect(log[1]!.at - log[0]!.at).toBeGreaterThanOrEqual(145)
    await released()
  })
})
