// Checkpoint and bounded resume against the real fake LLM (sockets, real timers) and a real Redis:
// no gap and no duplicate after a stall, the checkpoint stored with a TTL, at most 3 resumes,
// nothing but idle timeouts resumed, replayed ids dropped.
import type { Pool } from 'undici'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localQueuePhase } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { UpstreamHttpError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { undiciTransport } from '../../../snippets/safe-api-calls/call-patterns/vendorTransport.ts'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { TokenBucket } from '../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'
import { createVendorPool } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { MemoryCheckpointStore, RedisCheckpointStore, resumableStream, streamFrom } from '../../../snippets/safe-api-calls/streaming-advanced/resumableStream.ts'
import { StreamIdleTimeoutError } from '../../../snippets/safe-api-calls/streaming-patterns/streamClocks.ts'
import { type StreamDeps, streamLlm } from '../../../snippets/safe-api-calls/streaming-patterns/streamLlm.ts'
import { type FaultPlan, SCENARIO_HEADER } from '../../../snippets/shared/fake-llm/app.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { redisTestBed } from '../../support/redis-test-bed.ts'

const req = { messages: [{ role: 'user' as const, content: 'resume me' }] }
const never = new AbortController().signal
const bed = redisTestBed({ commandTimeout: 500 })
let server: FakeLlmServer
let pool: Pool | undefined
let permits: Semaphore | undefined
let n = 0

beforeEach(async () => {
  server = await serveFakeLlm()
  pool = undefined // a fresh pool and permit per test, created by deps()
  permits = undefined
})
afterEach(async () => {
  await pool?.close()
  await vi.waitFor(() => expect(server.stats.openSockets).toBe(0))
  expect(permits?.available).toBe(1) // every path gave its permit back
  await server.close()
})

function deps(scenario: string, plan: FaultPlan): StreamDeps {
  server.fake.scenario(scenario, { sequenceBy: 'scenario', chunks: 20, gapMs: 2, ...plan })
  const vendor = pool ??= createVendorPool({ origin: server.url, connections: 2, allowH2: false, connectTimeoutMs: 1_000, headersTimeoutMs: 1_000, bodyTimeoutMs: 1_000, keepAliveTimeoutMs: 1_000 })
  const slots = permits ??= new Semaphore(1)
  return {
    transport: undiciTransport(vendor), url: `${server.url}/v1/chat/completions`,
    queue: localQueuePhase(new TokenBucket({ ratePerSec: 1_000, burst: 100 }), slots, 200),
    clocks: { ttftMs: 1_000, idleMs: 150 }, backoff: { baseMs: 10, capMs: 50 }, rand: () => 0.5,
    headers: { [SCENARIO_HEADER]: scenario },
  }
}

async function collect(it: AsyncIterable<{ id: string | undefined, text: string }>, ids: string[] = []): Promise<string> {
  let text = ''
  for await (const c of it) {
    ids.push(c.id ?? '?')
    text += c.text
  }
  return text
}

describe('resumableStream', () => {
  it('a stall after 5 chunks resumes after id 4: output equals the uninterrupted reference exactly', async () => {
    const reference = await collect(streamLlm(req, deps('ref', {}), never))
    const store = new RedisCheckpointStore(bed.redis, 60_000, `t${++n}:`)
    const ids: string[] = []
    const text = await collect(resumableStream(req, 's1', { stream: deps('stall', { steps: [{ stallAfterChunks: 5 }] }), store, provider: 'fake' }, never), ids)
    expect(text).toBe(reference)
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => String(i))) // no gap, no duplicate
    const log = server.stats.forScenario('stall').log
    expect(log).toHaveLength(2)
    expect(log[1]?.chunksSent).toBe(15) // the resumed request sent only what was missing
    const saved = await store.load('s1')
    expect(saved).toMatchObject({ streamId: 's1', provider: 'fake', chunksReceived: 5, lastChunkId: 4 })
    const ttl = await bed.redis.pttl(`t${n}:s1`)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(60_000)
  })

  it('a corrupt or foreign checkpoint in Redis reads as missing (restart), never as a crash', async () => {
    const store = new RedisCheckpointStore(bed.redis, 60_000, `t${++n}:`)
    await bed.redis.set(`t${n}:bad-json`, '{not json', 'PX', 60_000)
    await bed.redis.set(`t${n}:bad-shape`, JSON.stringify({ streamId: 'x', lastChunkId: 'seven' }), 'PX', 60_000)
    expect(await store.load('bad-json')).toBeUndefined()
    expect(await store.load('bad-shape')).toBeUndefined()
    expect(await store.load('never-saved')).toBeUndefined()
    permits = new Semaphore(1) // this case opens no stream
  })

  it('4 consecutive stalls: gives up after 3 resumes with the last StreamIdleTimeoutError', async () => {
    const store = new MemoryCheckpointStore(60_000)
    const stalls = Array.from({ length: 5 }, () => ({ stallAfterChunks: 2 }))
    const ids: string[] = []
    const err = await collect(resumableStream(req, 's2', { stream: deps('stalls', { steps: stalls }), store, provider: 'fake' }, never), ids).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StreamIdleTimeoutError)
    expect(server.stats.forScenario('stalls').requests).toBe(4) // 1 + 3 resumes
    expect(ids).toEqual(['0', '1', '2', '3', '4', '5', '6', '7'])
    expect(await store.load('s2')).toMatchObject({ chunksReceived: 8, lastChunkId: 7 })
  })

  it('a 401 when resuming is final: not resumed again', async () => {
    const store = new MemoryCheckpointStore(60_000)
    const err = await collect(resumableStream(req, 's3', { stream: deps('auth', { steps: [{ stallAfterChunks: 5 }, { status: 401 }] }), store, provider: 'fake' }, never)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UpstreamHttpError)
    expect((err as UpstreamHttpError).status).toBe(401)
    expect(server.stats.forScenario('auth').requests).toBe(2)
  })

  it('a replayed chunk id is dropped', async () => {
    const slots = permits = new Semaphore(1)
    const sse = [3, 4, 4, 3, 5].map(id => `id: ${id}\ndata: ${JSON.stringify({ choices: [{ delta: { content: `c${id}` } }] })}\n\n`).join('') + 'data: [DONE]\n\n'
    const replaying: StreamDeps = {
      transport: async () => new Response(sse, { headers: { 'content-type': 'text/event-stream' } }),
      url: 'http://127.0.0.1/v1/chat/completions',
      queue: async () => slots.acquire(),
      clocks: { ttftMs: 1_000, idleMs: 1_000 }, backoff: { baseMs: 10, capMs: 50 },
    }
    const ids: string[] = []
    expect(await collect(streamFrom(req, replaying, 2, never), ids)).toBe('c3c4c5')
    expect(ids).toEqual(['3', '4', '5'])
  })
})
