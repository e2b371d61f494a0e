import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { streamSurvival } from './stream-vs-total.ts'

// The slide's 20 s stream (a chunk every 500 ms), ten times faster: 2 s, a chunk every 100 ms.
const stream = { chunks: 20, gapMs: 100 }
const limits = { totalMs: 1000, idleMs: 1000 } // total: half the stream; idle: 10 gaps
const vendor = await serveFakeLlm()
try {
  for (const [name, survival] of await streamSurvival(vendor.url, stream, limits))
    console.log(`${name.padEnd(30)} ${survival}`)
}
finally { await vendor.close() }
