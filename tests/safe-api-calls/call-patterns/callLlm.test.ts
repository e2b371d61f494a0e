// The baseline call against the real fake LLM server over real sockets, with the kit's scaled
// profile: queue 200 ms, call 300 ms, backoff base 20 ms. Real timers: the mechanism is the socket.
import type { Pool } from 'undici'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { callLlm, type CallDeps, type CallLog, inProcessTransport, localQueuePhase, newRequestId } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { CallTimeoutError, ClientAbortError, FinalFailure, QueueTimeoutError, TransportError, UpstreamHttpError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { undiciTransport } from '../../../snippets/safe-api-calls/call-patterns/vendorTransport.ts'
import { createVendorPool } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { TokenBucket } from '../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'
import { createFakeLlm, type FaultPlan, SCENARIO_HEADER } from '../../../snippets/shared/fake-llm/app.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { lagMonitor } from '../../support/timing.ts'

const PERMITS = 2
const messages = [{ role: 'user' as const, content: 'hello' }]
let server: FakeLlmServer
let pool: Pool | undefined
let semaphore: Semaphore | undefined
let scenarioNo = 0

beforeAll(async () => { server = await serveFakeLlm() })
afterAll(async () => { await server.close() })

afterEach(async () => {
  if (semaphore)
    expect(semaphore.available).toBe(PERMITS) // every attempt gave its permit back
  semaphore = undefined
  await pool?.close()
  pool = undefined
  for (let i = 0; i < 100 && server.stats.openSockets > 0; i++)
    await new Promise(resolve => setTimeout(resolve, 5))
  expect(server.stats.openSockets).toBe(0) // nothing leaked once the pool is closed
})

/** A fresh pool, semaphore and scenario for one test; returns deps aimed at that scenario. */
function setup(plan: FaultPlan, overrides: Partial<CallDeps> = {}, queueMs = 200) {
  const id = `call-${++scenarioNo}`
  server.fake.scenario(id, plan)
  pool = createVendorPool({
    origin: server.url, connections: PERMITS, allowH2: false,
    connectTimeoutMs: 1_000, headersTimeoutMs: 1_500, bodyTimeoutMs: 1_500, keepAliveTimeoutMs: 1_000,
  })
  const permits = new Semaphore(PERMITS)
  semaphore = permits
  const bucket = new TokenBucket({ ratePerSec: 1_000, burst: 100 })
  const deps: CallDeps = {
    transport: undiciTransport(pool),
    url: `${server.url}/v1/chat/completions`,
    queue: localQueuePhase(bucket, permits, queueMs),
    callMs: 300,
    backoff: { baseMs: 20, capMs: 200 },
    headers: { [SCENARIO_HEADER]: id },
    rand: () => 0.5,
    ...overrides,
  }
  return { deps, permits, log: () => server.stats.forScenario(id).log, closes: () => server.stats.clientCloses.filter(c => c.scenario === id) }
}

const never = new AbortController().signal

describe('callLlm: the baseline under fault injection', () => {
  it('slow vendor: call timeout then success on retry', async () => {
    const { deps, log, closes } = setup({ steps: [{ latencyMs: 1_000 }, {}] })
    const events: string[] = []
    const record: CallLog = (event, f) => events.push(`${event}${f.attempt === undefined ? '' : `#${String(f.attempt)}`}`)
    const res = await callLlm({ messages }, { ...deps, log: record }, never)
    expect(res).toMatchObject({ status: 200, attempts: 2 })
    expect(events).toContain('vendor_timeout#0')
    expect(log()).toHaveLength(2)
    await expect.poll(() => closes().length).toBe(1) // the timed-out request's socket was closed
  })

  it('retries a 503 burst: 3 vendor requests, all with the same X-Request-ID', async () => {
    const { deps, log } = setup({ statuses: [503, 503, 200] })
    const res = await callLlm({ messages, requestId: 'req-503' }, deps, never)
    expect(res).toMatchObject({ status: 200, attempts: 3, requestId: 'req-503' })
    expect(log().map(r => r.requestId)).toEqual(['req-503', 'req-503', 'req-503'])
    expect(log().map(r => r.attempt)).toEqual(['1', '2', '3'])
  })

  it('persistent 500: FinalFailure with 3 causes after exactly 3 requests', async () => {
    const { deps, log } = setup({ status: 500 })
    const err = await callLlm({ messages }, deps, never).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(FinalFailure)
    const final = err as FinalFailure
    expect(final.attempts).toBe(3)
    expect(final.errors.map(e => (e as UpstreamHttpError).status)).toEqual([500, 500, 500])
    expect(log()).toHaveLength(3)
  })

  it.each([400, 401, 422])('never retries %d: exactly 1 vendor request', async (status) => {
    const { deps, log } = setup({ status })
    const err = await callLlm({ messages }, deps, never).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(FinalFailure)
    expect((err as FinalFailure).last).toBeInstanceOf(UpstreamHttpError)
    expect(log()).toHaveLength(1)
  })

  it('honours Retry-After: retry-after-ms 150 delays the second request by at least 150 ms', async () => {
    const { deps, log } = setup({ statuses: [429, 200], retryAfterMs: 150 })
    const res = await callLlm({ messages }, deps, never)
    expect(res.attempts).toBe(2)
    const [first, second] = log()
    expect(second!.at - first!.headersAt!).toBeGreaterThanOrEqual(149) // ms clock resolution
  })

  it('reset before headers is retried and succeeds', async () => {
    const { deps, log } = setup({ steps: [{ reset: 'before-headers' }, {}] })
    const seen: unknown[] = []
    const res = await callLlm({ messages }, { ...deps, log: (e, f) => e === 'vendor_transport_error' && seen.push(f.kind) }, never)
    expect(res.attempts).toBe(2)
    expect(seen).toEqual(['reset'])
    expect(log()).toHaveLength(2)
  })

  it('reset mid-body is retried (nothing reached the caller yet)', async () => {
    const { deps, log } = setup({ steps: [{ reset: { afterBytes: 20 } }, {}] })
    const res = await callLlm({ messages }, deps, never)
    expect(res).toMatchObject({ status: 200, attempts: 2 })
    expect(log()[0]!.outcome).toBe('reset')
  })

  it('a queue timeout is not retried: one QueueTimeoutError, no second wait, zero vendor requests', async () => {
    const { deps, log, permits } = setup({})
    const held = [await permits.acquire(), await permits.acquire()] // another caller holds everything
    using lag = lagMonitor()
    const started = performance.now()
    const err = await callLlm({ messages }, deps, never).catch((e: unknown) => e)
    const waited = performance.now() - started
    held.forEach(p => p.release())
    expect(err).toBeInstanceOf(QueueTimeoutError)
    expect(waited).toBeGreaterThanOrEqual(190)
    expect(waited).toBeLessThan(200 + await lag.slack()) // one 200 ms wait, not two
    expect(log()).toHaveLength(0)
  })

  it('client abort during the call: ClientAbortError, the server sees the close, the permit is back', async () => {
    const { deps, closes, permits } = setup({ latencyMs: 1_000 })
    const caller = new AbortController()
    setTimeout(() => caller.abort(new ClientAbortError()), 100)
    const err = await callLlm({ messages }, { ...deps, callMs: 2_000 }, caller.signal).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ClientAbortError)
    await expect.poll(() => closes().length).toBe(1)
    expect(permits.available).toBe(PERMITS)
  })

  it('a 1 s call under a 200 ms queue deadline succeeds (the queue clock ends when the permit is held)', async () => {
    const { deps } = setup({ latencyMs: 1_000 })
    const res = await callLlm({ messages }, { ...deps, callMs: 2_000 }, never)
    expect(res).toMatchObject({ status: 200, attempts: 1 })
  })

  it('both attempts time out: FinalFailure of two CallTimeoutErrors (a call timeout is retried once)', async () => {
    const { deps, log } = setup({ latencyMs: 1_000 })
    const err = await callLlm({ messages }, deps, never).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(FinalFailure)
    expect((err as FinalFailure).errors).toEqual([expect.any(CallTimeoutError), expect.any(CallTimeoutError)])
    expect(log()).toHaveLength(2)
  })
})

describe('callLlm in-process: the same code against the fake app, no sockets', () => {
  it('a connection reset surfaces as a TransportError cause and is retried', async () => {
    const fake = createFakeLlm()
    fake.scenario('s', { steps: [{ reset: 'before-headers' }, { status: 503 }, { status: 503 }] })
    const permits = new Semaphore(PERMITS)
    semaphore = permits
    const deps: CallDeps = {
      transport: inProcessTransport(fake.app),
      url: 'http://fake.local/v1/chat/completions',
      queue: localQueuePhase(new TokenBucket({ ratePerSec: 1_000, burst: 10 }), permits, 200),
      callMs: 300,
      backoff: { baseMs: 1, capMs: 5 },
      headers: { [SCENARIO_HEADER]: 's' },
    }
    const err = await callLlm({ messages }, deps, never).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(FinalFailure)
    expect((err as FinalFailure).errors[0]).toBeInstanceOf(TransportError)
    expect(fake.stats.forScenario('s').requests).toBe(3)
  })
})

describe('newRequestId', () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

  it('is a UUID v4', () => {
    expect(newRequestId()).toMatch(UUID_V4)
  })

  it('still works where crypto.randomUUID is missing (a deck served over a LAN address)', () => {
    const real = globalThis.crypto
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array<ArrayBuffer>) => real.getRandomValues(a) })
    try {
      const ids = new Set(Array.from({ length: 50 }, newRequestId))
      expect(ids.size).toBe(50)
      for (const id of ids)
        expect(id).toMatch(UUID_V4)
    }
    finally {
      vi.unstubAllGlobals()
    }
  })
})
