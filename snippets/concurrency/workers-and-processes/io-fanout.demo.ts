import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { fanOut, logAsCompleted } from './io-fanout.ts'

const fake = createFakeLlm({ seed: 7 }) // the kit's fake LLM vendor, in-process
const fetchLike = (url: string, init: RequestInit) => fake.app.request(url, init)
const slow = (ms: number) => ({ 'x-fake-faults': JSON.stringify({ latencyMs: ms }) })
const three = [
  { prompt: 'a (300 ms)', headers: slow(300) }, { prompt: 'b (100 ms)', headers: slow(100) },
  { prompt: 'c (hangs)', headers: slow(60_000) }, // cut off by its 500 ms timeout
]
await logAsCompleted(three, fetchLike, console.log, { timeoutMs: 500 }) // completion order
const hundred = Array.from({ length: 100 }, (_, i) => ({ prompt: `q${i}`, headers: slow(20) }))
await Promise.all(fanOut(hundred, fetchLike)) // limit 20 by default
console.log(`100 calls, at most ${fake.stats.maxInFlight} in flight`)
fake.stopAll()
