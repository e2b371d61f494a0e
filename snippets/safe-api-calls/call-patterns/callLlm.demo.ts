import { Semaphore } from '../core-concepts/semaphore.ts'
import { TokenBucket } from '../core-concepts/tokenBucket.ts'
import { createFakeLlm, SCENARIO_HEADER } from '../../shared/fake-llm/app.ts'
import { callLlm, inProcessTransport, localQueuePhase } from './callLlm.ts'

const fake = createFakeLlm() // the vendor, in this page: 503, 503, then 200
fake.scenario('burst', { statuses: [503, 503, 200] })
const shown = new Set(['vendor_http_error', 'retrying', 'vendor_success'])
const res = await callLlm({ messages: [{ role: 'user', content: 'hi' }], requestId: 'demo-1' }, {
  transport: inProcessTransport(fake.app), url: 'http://vendor.test/v1/chat/completions',
  queue: localQueuePhase(new TokenBucket({ ratePerSec: 50, burst: 5 }), new Semaphore(2), 5_000),
  callMs: 2_000, backoff: { baseMs: 100, capMs: 1_000 }, rand: () => 0.5, headers: { [SCENARIO_HEADER]: 'burst' },
  log: (event, f) => shown.has(event) && console.log(`attempt ${String(f.attempt)}: ${event} ${String(f.status ?? f.wait_ms)}`),
}, new AbortController().signal)
console.log(`=> ${res.status} after ${res.attempts} attempts, request id ${res.requestId}`)
