import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { inProcessTransport } from './callLlm.ts'
import { burst, callHoldingPermit, callReleasingPermit, permitRaceDeps } from './retryOutsidePermit.ts'

const versions = { 'held while sleeping': callHoldingPermit, 'released before sleep': callReleasingPermit }
for (const [name, call] of Object.entries(versions)) {
  const fake = createFakeLlm({ plan: { statuses: [503, 200], latencyMs: 10 } }) // every first attempt: 503
  const r = await burst(call, 10, permitRaceDeps(inProcessTransport(fake.app), 'http://vendor.test'))
  console.log(`permit ${name}: ${r.ok}/10 ok, ${r.queueTimeouts} queue timeouts`)
}
