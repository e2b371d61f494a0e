// The streaming call against the real fake LLM over sockets (undici Pool), real timers: the queue
// clock covers only the start, the permit is held for the stream, retries stop at the first chunk.
import type { Pool } from 'undici'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localQueuePhase } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { TransportError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { undiciTransport } from '../../../snippets/safe-api-calls/call-patterns/vendorTransport.ts'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { TokenBucket } from '../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'
import { createVendorPool } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { StreamIdleTimeoutError, TtftTimeoutError } from '../../../snippets/safe-api-calls/streaming-patterns/streamClocks.ts'
import { type LlmChunk, type StreamDeps, streamLlm } from '../../../snippets/safe-api-calls/streaming-patterns/streamLlm.ts'
import { type FaultPlan, SCENARIO_HEADER } from '../../../snippets/shared/fake-llm/app.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'

const messages = [{ role: 'user' as const, content: 'stream please' }]
const never = new AbortController().signal
let server: FakeLlmServer
let pool: Pool
let permits: Semaphore

beforeEach(async () => { server = await serveFakeLlm() })
afterEach(async () => {
  await pool.close()
  await vi.waitFor(() => expect(server.stats.openSockets).toBe(0))
  expect(permits.available).toBe(2) // every path gave its permit back
  await server.close()
})

function setup(plan: FaultPlan, o: { queueMs?: number, bodyTimeoutMs?: number, clocks?: Partial<StreamDeps['clocks']> } = {}) {
  server.fake.scenario('s', plan)
  pool = createVendorPool({
    origin: server.url, connections: 4, allowH2: false,
    connectTimeoutMs: 1_000, headersTimeoutMs: 1_000, bodyTimeoutMs: o.bodyTimeoutMs ?? 1_000, keepAliveTimeoutMs: 1_000,
  })
  permits = new Semaphore(2)
  const deps: StreamDeps = {
    transport: undiciTransport(pool),
    url: `${server.url}/v1/chat/completions`,
    queue: localQueuePhase(new TokenBucket({ ratePerSec: 1_000, burst: 100 }), permits, o.queueMs ?? 200),
    clocks: { ttftMs: 2_000, idleMs: 2_000, ...o.clocks },
    backoff: { baseMs: 20, capMs: 200 },
    headers: { [SCENARIO_HEADER]: 's' },
    rand: () => 0.5,
  }
  return { deps, log: () => server.stats.forScenario('s').log }
}

async function collect(it: AsyncIterable<LlmChunk>, onChunk?: (n: number) => void): Promise<string> {
  let text = ''
  let n = 0
  for await (const c of it) {
    text += c.text
    onChunk?.(++n)
  }
  return text
}

describe('streamLlm', () => {
  it('a 3 s stream completes under a 200 ms queue deadline (the queue clock covers only the start)', async () => {
    const { deps } = setup({ chunks: 12, gapMs: 250 })
    const started = performance.now()
    const text = await collect(streamLlm({ messages }, deps, never))
    expect(performance.now() - started).toBeGreaterThan(2_500)
    expect(text.split(' ')).toHaveLength(12)
  })

  it('with 2 permits a third stream waits until one ends; 2 in use throughout', async () => {
    const { deps } = setup({ chunks: 5, gapMs: 100 }, { queueMs: 5_000 })
    const events: string[] = []
    const inUse: number[] = []
    const one = (name: string) => collect(streamLlm({ messages }, deps, never), () => {
      events.push(`${name} chunk`)
      if (name !== 'c') // while a and b stream, c waits: both permits are held the whole time
        inUse.push(2 - permits.available)
    }).then(() => events.push(`${name} end`))
    await Promise.all([one('a'), one('b'), one('c')])
    const firstEnd = Math.min(events.indexOf('a end'), events.indexOf('b end'))
    expect(events.indexOf('c chunk')).toBeGreaterThan(firstEnd)
    expect(inUse).toHaveLength(10)
    expect(inUse.every(n => n === 2)).toBe(true) // the permit is held while chunks flow
    expect(server.stats.forScenario('s').maxInFlight).toBe(2)
  })

  it('a consumer that stops after 5 chunks releases its permit and the server records the close', async () => {
    const { deps } = setup({ chunks: 50, gapMs: 20 })
    let n = 0
    for await (const _ of streamLlm({ messages }, deps, never)) {
      if (++n === 5) break
    }
    expect(permits.available).toBe(2)
    await vi.waitFor(() => expect(server.stats.clientCloses.filter(c => c.scenario === 's')).toHaveLength(1))
  })

  it('a stall with bodyTimeout 250 ms surfaces as StreamIdleTimeoutError (UND_ERR_BODY_TIMEOUT)', async () => {
    const { deps, log } = setup({ chunks: 10, gapMs: 10, stallAfterChunks: 3 }, { bodyTimeoutMs: 250, clocks: { idleMs: 5_000 } })
    const err = await collect(streamLlm({ messages }, deps, never)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StreamIdleTimeoutError)
    expect(log()).toHaveLength(1) // chunks were forwarded: no retry
  })

  it('503 before streaming is retried: success after 2 requests with the same request id', async () => {
    const { deps, log } = setup({ statuses: [503], chunks: 4 })
    const text = await collect(streamLlm({ messages, requestId: 'r-503' }, deps, never))
    expect(text.split(' ')).toHaveLength(4)
    expect(log().map(r => [r.status, r.requestId, r.attempt])).toEqual([[503, 'r-503', '1'], [200, 'r-503', '2']])
  })

  it('a TTFT timeout is retried once (nothing was sent yet), then it is final', async () => {
    const { deps, log } = setup({ steps: [{ ttftMs: 3_000 }], chunks: 3 }, { clocks: { ttftMs: 300 } })
    expect((await collect(streamLlm({ messages, requestId: 'ok' }, deps, never))).split(' ')).toHaveLength(3)
    expect(log()).toHaveLength(2)

    server.fake.scenario('s', { ttftMs: 3_000 })
    const started = performance.now()
    const err = await collect(streamLlm({ messages, requestId: 'slow' }, deps, never)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TtftTimeoutError)
    expect(log().filter(r => r.requestId === 'slow')).toHaveLength(2) // retried once, not twice
    expect(performance.now() - started).toBeLessThan(2_000) // both attempts aborted at ~300 ms
  })

  it('a reset after 3 forwarded chunks surfaces to the consumer; exactly one request (no retry)', async () => {
    const { deps, log } = setup({ chunks: 10, gapMs: 10, reset: { afterChunks: 3 } })
    const got: string[] = []
    const err = await collect(streamLlm({ messages }, deps, never), () => got.push('chunk')).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TransportError)
    expect(got.length).toBeGreaterThanOrEqual(1)
    expect(log()).toHaveLength(1)
  })
})
