import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { admittedAt, maxInWindow, spawnPods } from './podSimulation.ts'

// 5 pods, each with its own bucket set to the vendor's contract: 10 per second
const vendor = await serveFakeLlm()
await spawnPods(5, { vendorUrl: vendor.url, durationMs: 2_000, attemptEveryMs: 20, limit: { kind: 'local', ratePerSec: 10 } })
const peak = maxInWindow(vendor.stats.log.map(r => admittedAt(r.requestId)), 1_000)
console.log(`each pod: at most 10 per second (its own bucket)`)
console.log(`the vendor: about ${Math.round(peak / 10) * 10} per second = ${Math.round(peak / 10)}x its contract`)
await vendor.close()
