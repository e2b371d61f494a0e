import { Hono } from 'hono'
import { inProcessTransport, localQueuePhase } from '../call-patterns/callLlm.ts'
import { Semaphore } from '../core-concepts/semaphore.ts'
import { TokenBucket } from '../core-concepts/tokenBucket.ts'
import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { registerSseEndpoint } from './sseEndpoint.ts'
import { StreamMetrics } from './streamMetrics.ts'

const vendor = createFakeLlm({ plan: { chunks: 200, gapMs: 20 } }) // a long answer
const permits = new Semaphore(2)
const metrics = new StreamMetrics()
const app = registerSseEndpoint(new Hono(), { metrics, maxActiveStreams: 10, stream: {
  transport: inProcessTransport(vendor.app),
  url: 'http://vendor.test/v1/chat/completions',
  queue: localQueuePhase(new TokenBucket({ ratePerSec: 10, burst: 5 }), permits, 5_000),
  clocks: { ttftMs: 2_000, idleMs: 2_000 }, backoff: { baseMs: 10, capMs: 50 } } })
const body = JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] })
const res = await app.request('/v1/stream', { method: 'POST', body })
const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
for (let n = 0; n < 3;) n += ((await reader.read()).value ?? '').split('\n\n').length - 1
await reader.cancel() // the client goes away after 3 events
const cancelledAt = Date.now()
await new Promise(resolve => setTimeout(resolve, 100))
const close = vendor.stats.clientCloses[0]
const when = close && close.at - cancelledAt < 50 ? 'yes, within 50 ms' : 'no'
const stopped = close?.generationStopped
console.log(`vendor saw the close: ${when}; generation stopped: ${stopped}`)
console.log(`permits free: ${permits.available}/2; client_disconnects_total ${
  metrics.clientDisconnects}; active_streams ${metrics.activeStreams}`)
