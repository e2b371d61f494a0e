import { fetch, Pool } from 'undici'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { BoundedChannel, decoupled } from './backpressure.ts'
import { parseUpstream } from './sseParse.ts'

// 1,000 chunks of 16 KB (16 MB), sent as fast as the vendor can
const vendor = await serveFakeLlm({ plan: { chunks: 1_000, padBytes: 16 * 1024 } })
const pool = new Pool(vendor.url, { connections: 1, allowH2: false })
const body = '{"stream":true,"messages":[{"role":"user","content":"x"}]}'
const open = async function* (signal: AbortSignal) {
  const url = `${vendor.url}/v1/chat/completions`
  const res = await fetch(url, { method: 'POST', body, dispatcher: pool, signal })
  yield* parseUpstream(res.body as ReadableStream<Uint8Array<ArrayBuffer>>)
}
const channel = new BoundedChannel<unknown>(10)
let read = 0
for await (const _ of decoupled(open, 10, channel)) {
  await new Promise(resolve => setTimeout(resolve, 100)) // slow: 1 chunk / 100 ms
  if (++read === 20) break // ...who then leaves
}
const sent = vendor.stats.log[0]?.chunksSent ?? 0
console.log(`read ${read} chunks; channel depth never above ${channel.maxDepth}`)
const hit = vendor.stats.backpressureHits > 0
const few = sent < 700 ? 'fewer than 700' : String(sent)
console.log(`vendor hit backpressure: ${hit}; sent ${few} of 1000`)
console.log(`buffered between vendor and reader: at most ${channel.capacity} chunks`
  + ` (${channel.capacity * 16} KB), not 16 MB`)
await new Promise(resolve => setTimeout(resolve, 100))
console.log(`vendor request closed by the client: ${vendor.stats.clientCloses.length === 1}`)
await pool.close()
await vendor.close()
