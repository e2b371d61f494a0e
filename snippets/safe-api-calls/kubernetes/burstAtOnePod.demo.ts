import { localQueuePhase, scaledDeps } from '../call-patterns/callLlm.ts'
import { undiciTransport } from '../call-patterns/vendorTransport.ts'
import { Semaphore } from '../core-concepts/semaphore.ts'
import { TokenBucket } from '../core-concepts/tokenBucket.ts'
import { createVendorPool, productionTransport } from '../core-concepts/vendorPool.ts'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { layeredPod, unprotectedPod } from './burstAtOnePod.ts'

const vendor = await serveFakeLlm({ plan: { latencyMs: 3_000 } }) // slow: 3 s per call; we stop early
await unprotectedPod(50, vendor.url, AbortSignal.timeout(1_500))
console.log(`unprotected pod: ${vendor.stats.maxInFlight} calls in flight at the vendor`)
while (vendor.stats.inFlight > 0) await new Promise(r => setTimeout(r, 10)) // the vendor notices the aborts
vendor.fake.reset()
const pool = createVendorPool({ ...productionTransport(vendor.url), connections: 5 })
const queue = localQueuePhase(new TokenBucket({ ratePerSec: 8, burst: 8 }), new Semaphore(5), 300)
const r = await layeredPod(50, scaledDeps(undiciTransport(pool), vendor.url, { queue, callMs: 5_000 }), AbortSignal.timeout(2_000))
console.log(`layered pod: ${vendor.stats.maxInFlight} in flight, ${r.queueTimeouts} fast 503s at the queue deadline`)
await Promise.all([pool.close(), vendor.close()])
