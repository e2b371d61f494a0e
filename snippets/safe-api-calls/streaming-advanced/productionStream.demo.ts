import { Hono } from 'hono'
import type { FaultPlan } from '../../shared/fake-llm/app.ts'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { StreamMetrics } from '../streaming-patterns/streamMetrics.ts'
import { registerStreamRoute } from './productionStream.ts'
import { scaledStreamDeps } from './scaledStream.ts'
import { StreamAdmission } from './streamAdmission.ts'
import { memoryBreaker } from './streamingBreaker.ts'

const vendor = await serveFakeLlm()
const { stream, permits, close } = scaledStreamDeps(vendor.url) // idle clock 150 ms
const [admission, breaker] = [new StreamAdmission(), memoryBreaker()]
const app = new Hono()
registerStreamRoute(app, { stream, admission, breaker, metrics: new StreamMetrics() })
const cases: Array<[string, FaultPlan]> = [
  ['normal', {}],
  ['stall after 3', { stallAfterChunks: 3 }],
  ['reset after 3', { reset: { afterChunks: 3 } }],
]
for (const [name, faults] of cases) {
  vendor.fake.setPlan({ chunks: 12, gapMs: 2, ...faults })
  const body = JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] })
  const res = await app.request('/v1/stream', { method: 'POST', body })
  const text = await res.text()
  const last = text.trim().split('\n\n').at(-1)?.replace('\n', ' ')
  const chunks = (text.match(/"delta"/g) ?? []).length
  console.log(`${name}: ${res.status}, ${chunks} chunks, last: ${last}`)
  await new Promise(resolve => setTimeout(resolve, 50)) // let the vendor log the close
  const closes = vendor.stats.clientCloses.length
  const gauges = `permits ${permits.available}/2 · active streams ${admission.active}`
  const fails = `breaker failures ${breaker.machine.counters.failures}`
  console.log(`  vendor saw ${closes} client close(s) · ${gauges} · ${fails}`)
}
await close()
await vendor.close()
