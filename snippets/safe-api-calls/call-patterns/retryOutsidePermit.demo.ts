import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { inProcessTransport } from './callLlm.ts'
import { burst, callHoldingPermit, callReleasingPermit, permitRaceDeps } from './retryOutsidePermit.ts'

const versions = { 'held while sleeping': callHoldingPermit, 'released before sleep': callReleasingPermit }
for (const [name, call] of Object.entries(versions)) { // the test's clocks x 5: 1 s backoff, 1.5 s queue deadline
  const fake = createFakeLlm({ plan: { statuses: [503, 200], latencyMs: 50 } }) // every first attempt: 503
  const r = await burst(call, 10, permitRaceDeps(inProcessTransport(fake.app), 'http://vendor.test', 5))
  console.log(`permit ${name}: ${r.ok}/10 ok, ${r.queueTimeouts} queue timeouts`)
}
