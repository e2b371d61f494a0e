import { Hono } from 'hono'
import { StreamMetrics } from '../streaming-patterns/streamMetrics.ts'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { registerStreamRoute } from './productionStream.ts'
import { StreamAdmission } from './streamAdmission.ts'
import { memoryBreaker } from './streamingBreaker.ts'
import { scaledStreamDeps } from './scaledStream.ts'

const vendor = await serveFakeLlm()
const { stream, permits, close } = scaledStreamDeps(vendor.url)
const [admission, metrics] = [new StreamAdmission(), new StreamMetrics()]
const app = new Hono()
const breaker = memoryBreaker()
registerStreamRoute(app, { stream, admission, breaker, metrics })
for (const [name, faults] of [['normal', {}], ['stall after 3', { stallAfterChunks: 3 }], ['reset after 3', { reset: { afterChunks: 3 } }]] as const) {
  vendor.fake.setPlan({ chunks: 12, gapMs: 2, ...faults })
  const res = await app.request('/v1/stream', { method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }) })
  const text = await res.text()
  const last = text.trim().split('\n\n').at(-1)?.replace('\n', ' ')
  console.log(`${name}: ${res.status}, ${(text.match(/"delta"/g) ?? []).length} chunks, last: ${last}`)
  await new Promise(resolve => setTimeout(resolve, 50)) // let the vendor log the close
  console.log(`  vendor saw ${vendor.stats.clientCloses.length} client close(s) · permits ${permits.available}/2 · active streams ${admission.active} · breaker failures ${breaker.machine.counters.failures}`)
}
await close()
await vendor.close()
