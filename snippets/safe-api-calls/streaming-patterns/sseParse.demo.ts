import { parseUpstream } from './sseParse.ts'

// Two events, a keep-alive comment and [DONE], cut into reads at the worst places.
const wire = new TextEncoder().encode(
  'data: {"choices":[{"delta":{"content":"café "}}]}\n\n: keep-alive\n\n'
  + 'data: {"choices":[{"delta":{"content":"au lait"}}]}\n\ndata: [DONE]\n\n')
const inE = wire.indexOf(0xC3) + 1 // between the two bytes of "é"
const cuts = [0, 20, inE, inE + 30, wire.length - 8, wire.length]
const reads = cuts.slice(1).map((end, i) => wire.slice(cuts[i], end))
const naive = new TextDecoder().decode(reads[1]) // one read decoded on its own
console.log(`naive decode of read 2: ${JSON.stringify(naive)}`)
const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
  start(c) { reads.forEach(r => c.enqueue(r)); c.close() },
})
for await (const chunk of parseUpstream(body))
  console.log(`delta: ${JSON.stringify(chunk.text)}`)
console.log(`${reads.length} reads -> 2 deltas; keep-alive ignored; stopped at [DONE]`)
