// A fast vendor (1,000 chunks of 16 KB, no delay) and a slow reader over real sockets: pull-based
// reads and a bounded channel keep memory flat and push back on the vendor; stopping aborts it.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { fetch as undiciFetch, type Pool } from 'undici'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createVendorPool } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { BoundedChannel, decoupled, pipePulled } from '../../../snippets/safe-api-calls/streaming-patterns/backpressure.ts'
import { type LlmChunk, parseUpstream } from '../../../snippets/safe-api-calls/streaming-patterns/sseParse.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'

setFlagsFromString('--expose-gc') // a real gc() so the heap check measures what is retained, not garbage
const gc = runInNewContext('gc') as () => void
const liveHeap = () => { gc(); return process.memoryUsage().heapUsed }
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
let vendor: FakeLlmServer
let pool: Pool
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)

beforeEach(async () => {
  vendor = await serveFakeLlm({ plan: { chunks: 1_000, padBytes: 16 * 1024 } }) // 16 MB: more than any socket buffer
  pool = createVendorPool({
    origin: vendor.url, connections: 2, allowH2: false,
    connectTimeoutMs: 1_000, headersTimeoutMs: 1_000, bodyTimeoutMs: 5_000, keepAliveTimeoutMs: 1_000,
  })
  process.on('unhandledRejection', onUnhandled)
})
afterEach(async () => {
  process.off('unhandledRejection', onUnhandled)
  await pool.close()
  await vendor.close()
  expect(unhandled).toEqual([])
})

function open(signal: AbortSignal): AsyncGenerator<LlmChunk> {
  return (async function* () {
    const res = await undiciFetch(`${vendor.url}/v1/chat/completions`, {
      method: 'POST', dispatcher: pool, signal,
      body: JSON.stringify({ stream: true, messages: [{ role: 'user', content: 'long' }] }),
    })
    yield* parseUpstream(res.body as ReadableStream<Uint8Array<ArrayBuffer>>)
  })()
}

describe('backpressure', () => {
  it('a bounded channel with a slow reader: depth <= 10, vendor pushed back, flat heap, stop aborts the vendor', async () => {
    const heapBefore = liveHeap()
    const channel = new BoundedChannel<LlmChunk>(10)
    let read = 0
    let sentWhenStopped = 0
    let heapGrowth = 0
    for await (const _ of decoupled(open, 10, channel)) {
      await sleep(50) // one chunk per 50 ms
      if (++read === 40) {
        sentWhenStopped = vendor.stats.log[0]?.chunksSent ?? 0
        heapGrowth = liveHeap() - heapBefore // retained while the stream is still open
        break
      }
    }
    expect(channel.maxDepth).toBeLessThanOrEqual(10)
    expect(channel.maxDepth).toBe(10) // the producer did run ahead, as far as allowed
    expect(vendor.stats.backpressureHits).toBeGreaterThan(0) // the vendor's writes had to wait
    expect(sentWhenStopped).toBeLessThan(700) // far from the 1,000 it wanted to send (socket buffers absorb a few MB)
    expect(heapGrowth).toBeLessThan(8 * 1024 * 1024) // not the 16 MB of an unbounded buffer
    await vi.waitFor(() => expect(vendor.stats.clientCloses).toHaveLength(1)) // upstream aborted
  })

  it('a pull-based proxy needs no buffer: a slow sink slows the vendor', async () => {
    let taken = 0
    const sink = async () => {
      await sleep(50)
      if (++taken === 20) throw new Error('client went away')
    }
    await expect(pipePulled(open(new AbortController().signal), sink)).rejects.toThrow('client went away')
    expect(vendor.stats.log[0]?.chunksSent).toBeLessThan(700)
    expect(vendor.stats.backpressureHits).toBeGreaterThan(0)
    await vi.waitFor(() => expect(vendor.stats.clientCloses).toHaveLength(1)) // leaving the loop cancelled the body
  })
})
