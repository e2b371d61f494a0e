import { fetch, Pool } from 'undici'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { BoundedChannel, decoupled } from './backpressure.ts'
import { parseUpstream } from './sseParse.ts'

const vendor = await serveFakeLlm({ plan: { chunks: 1_000, padBytes: 16 * 1024 } }) // 16 MB, as fast as it can
const pool = new Pool(vendor.url, { connections: 1, allowH2: false })
const open = async function* (signal: AbortSignal) {
  const res = await fetch(`${vendor.url}/v1/chat/completions`, { method: 'POST', dispatcher: pool, signal, body: '{"stream":true,"messages":[{"role":"user","content":"x"}]}' })
  yield* parseUpstream(res.body as ReadableStream<Uint8Array<ArrayBuffer>>)
}
const channel = new BoundedChannel<unknown>(10)
let read = 0
for await (const _ of decoupled(open, 10, channel)) {
  await new Promise(resolve => setTimeout(resolve, 100)) // a slow reader: one chunk per 100 ms
  if (++read === 20) break // ...who then leaves
}
const sent = vendor.stats.log[0]?.chunksSent ?? 0
console.log(`read ${read} chunks; channel depth never above ${channel.maxDepth}`)
console.log(`vendor hit backpressure: ${vendor.stats.backpressureHits > 0}; sent ${sent < 700 ? 'fewer than 700' : sent} of 1000`)
console.log(`buffered between vendor and reader: at most ${channel.capacity} chunks (${channel.capacity * 16} KB), not 16 MB`)
await new Promise(resolve => setTimeout(resolve, 100))
console.log(`vendor request closed by the client: ${vendor.stats.clientCloses.length === 1}`)
await pool.close()
await vendor.close()
