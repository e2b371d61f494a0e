import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { inProcessTransport } from './callLlm.ts'
import { burst, callHoldingPermit, callReleasingPermit, permitRaceDeps } from './retryOutsidePermit.ts'

// 10 requests, 2 permits; every first attempt gets a 503; 200 ms backoff; 300 ms queue deadline
for (const [name, call] of [['held while sleeping ', callHoldingPermit], ['released before sleep', callReleasingPermit]] as const) {
  const fake = createFakeLlm({ plan: { statuses: [503, 200], latencyMs: 10 } })
  const r = await burst(call, 10, permitRaceDeps(inProcessTransport(fake.app), 'http://vendor.test'))
  console.log(`permit ${name}: ${r.ok}/10 ok, ${r.queueTimeouts} queue timeouts, vendor max in flight ${fake.stats.maxInFlight}`)
}
