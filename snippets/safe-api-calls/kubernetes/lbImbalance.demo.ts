import { seededRandom } from '../call-patterns/backoff.ts'
import { simulateBalancer } from './lbImbalance.ts'

const fleet = { pods: 5, slowPod: 0, permits: 2, fastMs: 100, slowMs: 1_000, requests: 300, everyMs: 30 } // pod 0 is slow
const runs = {
  'random routing, queue forever': simulateBalancer(fleet, seededRandom(1)),
  'fast 503 at 4 waiting + 1 retry': simulateBalancer({ ...fleet, queueLimit: 4, retryElsewhere: true }, seededRandom(1)),
}
for (const [name, r] of Object.entries(runs)) {
  console.log(`${name}: deepest queue per pod [${r.maxQueue.join(', ')}]`)
  console.log(`  p99 ${(r.p99Ms / 1_000).toFixed(1)} s, fast 503s ${r.rejected}, failed ${r.failed}`)
}
