import { fetch } from 'undici'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { rateOnly, rateWithPermits } from './rateIsNotConcurrency.ts'
import { Semaphore } from './semaphore.ts'
import { TokenBucket } from './tokenBucket.ts'

async function maxInFlight(latencyMs: number, permits?: Semaphore): Promise<number> {
  const vendor = await serveFakeLlm({ plan: { latencyMs } }) // one fake vendor per run
  const call = () => fetch(`${vendor.url}/v1/chat/completions`, { method: 'POST', body: '{"messages":[{"role":"user","content":"hi"}]}' }).then(r => r.text())
  const bucket = new TokenBucket({ ratePerSec: 20, burst: 1 }) // 2 s at 20 starts per second
  await (permits ? rateWithPermits(call, bucket, permits, 2000) : rateOnly(call, bucket, 2000))
  await vendor.close()
  return vendor.stats.maxInFlight
}
const [fast, slow, pinned] = await Promise.all([maxInFlight(50), maxInFlight(1000), maxInFlight(1000, new Semaphore(3))])
console.log(`rate only, vendor  50 ms: max in flight ${fast < 8 ? 'fewer than 8' : fast}`)
console.log(`rate only, vendor 1 s:    max in flight ${slow >= 8 ? '8 or more' : slow}`)
console.log(`+ 3 permits, vendor 1 s:  max in flight ${pinned}`)
