import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { admittedAt, maxInWindow, spawnPods } from './podSimulation.ts'

const vendor = await serveFakeLlm() // 5 pods, each with its own bucket set to the contract: 10 per second
const pods = await spawnPods(5, { vendorUrl: vendor.url, durationMs: 2_000, attemptEveryMs: 20, limit: { kind: 'local', ratePerSec: 10 } })
const peakOf = (pod?: string) => maxInWindow(vendor.stats.log.filter(r => !pod || r.client === pod).map(r => admittedAt(r.requestId)), 1_000)
const podPeak = Math.max(...pods.map(p => peakOf(p.podId)))
console.log(`each pod alone: ${podPeak <= 10 ? 'never more than' : 'MORE than'} 10 per second`)
console.log(`the vendor: ${peakOf() > 20 ? 'more than twice' : 'less than twice'} its contract of 10 per second`)
await vendor.close()
