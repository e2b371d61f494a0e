import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { streamSurvival } from './stream-vs-total.ts'

// The slide's 20 s stream (a chunk every 500 ms), ten times faster: 2 s, a chunk every 100 ms.
// Total timers get 1 s (half the stream); idle timers get 1 s between two chunks.
const vendor = await serveFakeLlm()
try {
  const results = await streamSurvival(vendor.url, { chunks: 20, gapMs: 100 }, { totalMs: 1000, idleMs: 1000 })
  for (const [name, survival] of results) console.log(`${name.padEnd(30)} ${survival}`)
}
finally { await vendor.close() }
