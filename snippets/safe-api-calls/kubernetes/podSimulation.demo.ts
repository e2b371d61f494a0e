import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { admittedAt, maxInWindow, spawnPods } from './podSimulation.ts'

const vendor = await serveFakeLlm()
const limit = { kind: 'local', ratePerSec: 10 } as const // each pod's own bucket: the contract
const plan = { vendorUrl: vendor.url, durationMs: 2_000, attemptEveryMs: 20, limit }
const pods = await spawnPods(5, plan)
const admitted = (pod?: string) => vendor.stats.log.filter(r => !pod || r.client === pod)
const peakOf = (pod?: string) => maxInWindow(admitted(pod).map(r => admittedAt(r.requestId)), 1_000)
const podPeak = Math.max(...pods.map(p => peakOf(p.podId)))
console.log(`each pod alone: ${podPeak <= 10 ? 'never more than' : 'MORE than'} 10 per second`)
const vendorVerdict = peakOf() > 20 ? 'more than twice' : 'less than twice'
console.log(`the vendor: ${vendorVerdict} its contract of 10 per second`)
await vendor.close()
