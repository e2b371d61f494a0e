import { fetch } from 'undici'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { rateOnly, rateWithPermits } from './rateIsNotConcurrency.ts'
import { Semaphore } from './semaphore.ts'
import { TokenBucket } from './tokenBucket.ts'
import { createVendorPool, productionTransport } from './vendorPool.ts'

async function run(label: string, latencyMs: number, permits?: Semaphore): Promise<string> {
  const vendor = await serveFakeLlm({ plan: { latencyMs } })
  const pool = createVendorPool({ ...productionTransport(vendor.url), connections: 50 })
  const call = () => fetch(`${vendor.url}/v1/chat/completions`, { method: 'POST', dispatcher: pool,
    headers: { 'content-type': 'application/json' }, body: '{"messages":[{"role":"user","content":"hi"}]}' }).then(r => r.text())
  const bucket = new TokenBucket({ ratePerSec: 20, burst: 1 })
  await (permits ? rateWithPermits(call, bucket, permits, 2000) : rateOnly(call, bucket, 2000))
  await pool.close()
  await vendor.close()
  const n = vendor.stats.maxInFlight
  return `${label}: max in flight ${permits ? n : n < 8 ? 'fewer than 8' : '8 or more'}`
}
const lines = await Promise.all([ // 2 s each, run side by side
  run('20/s, vendor  50 ms          ', 50),
  run('20/s, vendor 500 ms          ', 500),
  run('20/s, vendor 500 ms, 3 permits', 500, new Semaphore(3)),
])
lines.forEach(line => console.log(line))
