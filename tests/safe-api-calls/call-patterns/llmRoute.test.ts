import { Hono } from 'hono'
import type { Pool } from 'undici'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { inProcessTransport, scaledDeps, type Transport } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { registerLlmRoute, WHAT_CLIENTS_SEE } from '../../../snippets/safe-api-calls/call-patterns/llmRoute.ts'
import { undiciTransport } from '../../../snippets/safe-api-calls/call-patterns/vendorTransport.ts'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { createVendorPool } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { createFakeLlm, type FakeLlm, type FaultPlan } from '../../../snippets/shared/fake-llm/app.ts'
import { serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { captureConsole } from '../../support/capture-console.ts'
import { lagMonitor } from '../../support/timing.ts'

const chat = (app: Hono, init: RequestInit = {}) =>
  app.request('/chat', { method: 'POST', body: JSON.stringify({ prompt: 'hi' }), ...init })

describe('llmRoute in-process, fake timers (the scaled profile: queue 200, call 300, SLA 500)', () => {
  let fake: FakeLlm
  let permits: Semaphore
  const unexpected: unknown[] = []

  function appFor(plan: FaultPlan, transport?: Transport) {
    fake = createFakeLlm({ plan })
    permits = new Semaphore(2)
    const call = scaledDeps(transport ?? inProcessTransport(fake.app), 'http://vendor.test', { permits, rand: () => 0.5 })
    return registerLlmRoute(new Hono(), { call, slaMs: 500, onUnexpected: err => unexpected.push(err) })
  }
  /** Sends a request, runs the virtual clock, returns the response and when it arrived. */
  async function send(app: Hono): Promise<{ res: Response, at: number }> {
    const start = Date.now()
    let at = -1
    const pending = Promise.resolve(chat(app)).then((res) => {
      at = Date.now() - start
      return res
    })
    await vi.runAllTimersAsync()
    return { res: await pending, at }
  }

  beforeEach(() => {
    vi.useFakeTimers()
    unexpected.length = 0
  })
  afterEach(() => {
    fake.stopAll()
    expect(permits.available).toBe(2)
    expect(vi.getTimerCount()).toBe(0)
    vi.useRealTimers()
  })

  it('healthy -> 200', async () => {
    const { res } = await send(appFor({}))
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ attempts: 1 })
    expect(WHAT_CLIENTS_SEE.healthy).toBe(200)
  })

  it('vendor slow once -> 200 after a transparent retry', async () => {
    const { res } = await send(appFor({ steps: [{ latencyMs: 1_000 }, {}] }))
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ attempts: 2 })
    expect(WHAT_CLIENTS_SEE['vendor slow, recovers']).toBe(200)
  })

  it('vendor down -> 502 with a stable code and none of the vendor text', async () => {
    const { res } = await send(appFor({ status: 503 }))
    expect(res.status).toBe(502)
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({ error: 'upstream_failed', code: 'UPSTREAM_503' })
    expect(text).not.toContain('fake LLM')
    expect(fake.stats.requests).toBe(3)
    expect(WHAT_CLIENTS_SEE['vendor down']).toBe(502)
  })

  it('permits exhausted -> 503 with Retry-After at the queue deadline', async () => {
    const app = appFor({})
    const held = [await permits.acquire(), await permits.acquire()]
    const { res, at } = await send(app)
    held.forEach(p => p.release())
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('1')
    expect(at).toBe(200)
    expect(fake.stats.requests).toBe(0)
    expect(WHAT_CLIENTS_SEE['queue overload']).toBe(503)
  })

  it('vendor hanging -> 504 at the SLA, reached during the second attempt', async () => {
    const { res, at } = await send(appFor({ latencyMs: 60_000 }))
    expect(res.status).toBe(504)
    expect(at).toBe(500)
    expect(fake.stats.requests).toBe(2)
    expect(fake.stats.clientCloses).toHaveLength(2) // both attempts were aborted, not abandoned
    expect(WHAT_CLIENTS_SEE['SLA exceeded']).toBe(504)
  })

  it('a 429 whose advice outlives the SLA is passed on at once with Retry-After', async () => {
    const { res, at } = await send(appFor({ status: 429, retryAfter: 5 }))
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('5')
    expect(at).toBe(0)
    expect(fake.stats.requests).toBe(1)
  })

  it('a programming error -> 500 and exactly one error report with a stack', async () => {
    const buggy: Transport = async () => {
      const parsed: { choices?: { text: string }[] } = JSON.parse('{}')
      return new Response(parsed.choices![0]!.text) // TypeError: reading '0' of undefined
    }
    const { res } = await send(appFor({}, buggy))
    expect(res.status).toBe(500)
    expect(await res.json()).toEqual({ error: 'internal' })
    expect(unexpected).toHaveLength(1)
    expect((unexpected[0] as Error).stack).toContain('TypeError')
  })

  it('an invalid body -> 400 without calling anyone', async () => {
    const app = appFor({})
    const res = await app.request('/chat', { method: 'POST', body: '{"prompt": 42}' })
    expect(res.status).toBe(400)
    expect(fake.stats.requests).toBe(0)
  })
})

describe('llmRoute over real sockets', () => {
  let pool: Pool | undefined
  afterEach(async () => { await pool?.close() })

  it('vendor hanging -> 504 at about 500 ms; the second attempt was aborted at the SLA', async () => {
    const server = await serveFakeLlm({ plan: { latencyMs: 10_000 } })
    pool = createVendorPool({ origin: server.url, connections: 2, allowH2: false, connectTimeoutMs: 1_000, headersTimeoutMs: 1_000, bodyTimeoutMs: 1_000, keepAliveTimeoutMs: 1_000 })
    const app = registerLlmRoute(new Hono(), { call: scaledDeps(undiciTransport(pool), server.url, { rand: () => 0.5 }), slaMs: 500 })
    using lag = lagMonitor()
    const started = performance.now()
    const res = await chat(app)
    const elapsed = performance.now() - started
    expect(res.status).toBe(504)
    expect(elapsed).toBeGreaterThanOrEqual(490)
    expect(elapsed).toBeLessThan(500 + await lag.slack()) // the SLA, not a third attempt
    expect(server.stats.requests).toBe(2)
    await expect.poll(() => server.stats.clientCloses.length).toBe(2)
    await pool.close()
    pool = undefined
    await server.close()
    expect(server.stats.openSockets).toBe(0)
  })
})

it('the demo walks the table of what clients see', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/call-patterns/llmRoute.demo.ts'))
  expect(lines).toEqual([
    'healthy -> 200 after 1 attempt(s)',
    'vendor slow, recovers -> 200 after 2 attempt(s)',
    'vendor down -> 502 UPSTREAM_503',
    'SLA exceeded -> 504 deadline_exceeded',
    'queue overload -> 503 overloaded',
  ])
})
