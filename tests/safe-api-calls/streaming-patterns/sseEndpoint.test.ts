// The SSE proxy endpoint: in-process with app.request() (the fake vendor in-process too), then over
// real sockets (@hono/node-server in front, the fake vendor on its own port). Real timers.
import { type AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { type EventSourceMessage, EventSourceParserStream } from 'eventsource-parser/stream'
import { Hono } from 'hono'
import { Agent, fetch as undiciFetch, type Pool } from 'undici'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { inProcessTransport, localQueuePhase, type Transport } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { BreakerOpenError, UserRateLimitedError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { undiciTransport } from '../../../snippets/safe-api-calls/call-patterns/vendorTransport.ts'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { TokenBucket } from '../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'
import { createVendorPool } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { registerSseEndpoint, type SseEndpointDeps } from '../../../snippets/safe-api-calls/streaming-patterns/sseEndpoint.ts'
import { StreamMetrics } from '../../../snippets/safe-api-calls/streaming-patterns/streamMetrics.ts'
import { createFakeLlm, type FakeLlm, type FaultPlan, SCENARIO_HEADER } from '../../../snippets/shared/fake-llm/app.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'

const body = JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] })
const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

function build(fake: FakeLlm, transport: Transport, url: string, plan: FaultPlan, extra: Partial<SseEndpointDeps> = {}) {
  fake.scenario('s', plan)
  const permits = new Semaphore(2)
  const metrics = new StreamMetrics()
  const signals: AbortSignal[] = []
  const app = new Hono().use(async (c, next) => { signals.push(c.req.raw.signal); await next() })
  registerSseEndpoint(app, {
    stream: {
      transport, url: `${url}/v1/chat/completions`,
      queue: localQueuePhase(new TokenBucket({ ratePerSec: 1_000, burst: 100 }), permits, 200),
      clocks: { ttftMs: 1_000, idleMs: 5_000 }, backoff: { baseMs: 10, capMs: 50 },
      headers: { [SCENARIO_HEADER]: 's' }, rand: () => 0.5,
    },
    metrics, maxActiveStreams: 10, ...extra,
  })
  const closes = () => fake.stats.clientCloses.filter(c => c.scenario === 's')
  return { app, permits, metrics, signals, closes, vendorLog: () => fake.stats.forScenario('s').log }
}

function inProcess(plan: FaultPlan, extra: Partial<SseEndpointDeps> = {}) {
  const fake = createFakeLlm()
  cleanups.push(async () => fake.stopAll())
  return { fake, ...build(fake, inProcessTransport(fake.app), 'http://vendor.test', plan, extra) }
}

/** Reads SSE events; calls `stopAfter` with each and stops (cancelling the body) when it returns true. */
async function events(body: ReadableStream<Uint8Array<ArrayBuffer>> | null, stopAfter: (e: EventSourceMessage, n: number) => boolean = () => false) {
  const reader = body!.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader()
  const out: EventSourceMessage[] = []
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return out
    out.push(value)
    if (stopAfter(value, out.length)) {
      await reader.cancel()
      return out
    }
  }
}

const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body }

describe('sseEndpoint in-process (app.request)', () => {
  it('sends the SSE headers, the forwarded events and data: [DONE]', async () => {
    const { app, fake, metrics } = inProcess({ chunks: 4 })
    const res = await app.request('/v1/stream', post)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/event-stream')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('x-accel-buffering')).toBe('no')
    const got = await events(res.body)
    expect(got.at(-1)?.data).toBe('[DONE]')
    const text = got.slice(0, -1).map(e => (JSON.parse(e.data) as { delta: string }).delta).join('')
    expect(text.split(' ')).toHaveLength(4)
    expect(got.slice(0, -1).map(e => e.id)).toEqual(['0', '1', '2', '3'])
    expect(fake.stats.requests).toBe(1)
    expect(metrics.observations[0]?.outcome).toBe('completed')
  })

  it('upstream 503 on every attempt: still 200, one event: error with a stable code, no vendor text', async () => {
    const { app, vendorLog, metrics } = inProcess({ status: 503 })
    const res = await app.request('/v1/stream', post)
    expect(res.status).toBe(200) // the status was sent before the vendor answered
    const got = await events(res.body)
    expect(got).toEqual([{ event: 'error', data: '{"error":"upstream_error"}', id: undefined }])
    expect(vendorLog()).toHaveLength(3) // retried before the first chunk, then final
    expect(metrics.streamErrors.get('UpstreamHttpError')).toBe(1)
  })

  it('preflight refusals are real responses, not streams', async () => {
    const full = inProcess({}, { maxActiveStreams: 0 })
    const overloaded = await full.app.request('/v1/stream', post)
    expect(overloaded.status).toBe(503)
    expect(overloaded.headers.get('content-type')).toContain('application/json')
    expect(overloaded.headers.get('retry-after')).toBe('1')
    expect(full.fake.stats.requests).toBe(0)

    const breaker = inProcess({}, { preflight: async () => { throw new BreakerOpenError(2_000) } })
    const open = await breaker.app.request('/v1/stream', post)
    expect([open.status, await open.json()]).toEqual([503, { error: 'BREAKER_OPEN' }])
    const limited = inProcess({}, { preflight: async () => { throw new UserRateLimitedError(3_000) } })
    const tooMany = await limited.app.request('/v1/stream', post)
    expect([tooMany.status, tooMany.headers.get('retry-after')]).toEqual([429, '3'])
  })

  it('cancelling the body after 3 events: the vendor sees the close at once, permit back, 1 disconnect', async () => {
    const { app, permits, metrics, closes } = inProcess({ chunks: 100, gapMs: 20 })
    const res = await app.request('/v1/stream', post)
    let cancelledAt = 0
    await events(res.body, (_, n) => { cancelledAt = Date.now(); return n === 3 })
    await vi.waitFor(() => expect(closes()).toHaveLength(1))
    expect(closes()[0]!.at - cancelledAt).toBeLessThan(500) // the stream had ~2 s left (50 ms on an idle machine)
    await vi.waitFor(() => expect(metrics.clientDisconnects).toBe(1))
    expect(permits.available).toBe(2)
    expect(metrics.activeStreams).toBe(0)
  })
})

describe('sseEndpoint over real sockets', () => {
  async function overSockets(plan: FaultPlan) {
    const vendor: FakeLlmServer = await serveFakeLlm()
    const pool: Pool = createVendorPool({
      origin: vendor.url, connections: 4, allowH2: false,
      connectTimeoutMs: 1_000, headersTimeoutMs: 1_000, bodyTimeoutMs: 5_000, keepAliveTimeoutMs: 1_000,
    })
    const built = build(vendor.fake, undiciTransport(pool), vendor.url, plan)
    const server: ServerType = await new Promise((resolve) => {
      const s = serve({ fetch: built.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s))
    })
    const client = new Agent({ allowH2: false })
    cleanups.push(async () => {
      await client.close()
      await new Promise<void>(resolve => server.close(() => resolve()))
      await pool.close()
      await vendor.close()
    })
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/stream`
    return { ...built, vendor, url, client }
  }

  it('a client aborting its fetch mid-stream: vendor close recorded, request signal aborted, permit back', async () => {
    const { url, client, closes, permits, metrics, signals } = await overSockets({ chunks: 100, gapMs: 20 })
    const ctrl = new AbortController()
    const res = await undiciFetch(url, { ...post, signal: ctrl.signal, dispatcher: client })
    const resBody = res.body as ReadableStream<Uint8Array<ArrayBuffer>> | null
    let abortedAt = 0
    await events(resBody, (_, n) => {
      if (n === 3) { abortedAt = Date.now(); ctrl.abort() }
      return n === 3
    }).catch(() => {})
    await vi.waitFor(() => expect(closes()).toHaveLength(1))
    expect(closes()[0]!.at - abortedAt).toBeLessThan(500) // the stream had ~2 s left
    expect(signals[0]?.aborted).toBe(true)
    await vi.waitFor(() => expect(metrics.clientDisconnects).toBe(1))
    expect(permits.available).toBe(2)
  })

  it('a disconnect during a 2 s upstream stall aborts the upstream at once, long before the stall ends', async () => {
    const { url, client, closes, vendor, permits } = await overSockets({ chunks: 10, gapMs: 10, stallAfterChunks: 2 })
    const ctrl = new AbortController()
    const res = await undiciFetch(url, { ...post, signal: ctrl.signal, dispatcher: client })
    const resBody = res.body as ReadableStream<Uint8Array<ArrayBuffer>> | null
    const reading = events(resBody).catch(() => {})
    await vi.waitFor(() => expect(vendor.stats.forScenario('s').log[0]?.chunksSent).toBe(2))
    await new Promise(resolve => setTimeout(resolve, 300)) // well inside the stall: no chunk will come to notice it
    const abortedAt = Date.now()
    ctrl.abort()
    await reading
    await vi.waitFor(() => expect(closes()).toHaveLength(1))
    expect(closes()[0]!.at - abortedAt).toBeLessThan(1_000) // long before the stall's end (~1.7 s later)
    await vi.waitFor(() => expect(permits.available).toBe(2))
  })
})
