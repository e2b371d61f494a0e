import { createVendorPool, productionTransport } from '../core-concepts/vendorPool.ts'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { callLlm, type CallDeps, scaledDeps } from './callLlm.ts'
import { requestApiTransport, retryingDispatcher, singleAttempt } from './sdkRetries.ts'

const server = await serveFakeLlm({ plan: { status: 503 } }) // the vendor is down
const pool = createVendorPool({ ...productionTransport(server.url), connections: 2 })
const count = async (label: string, deps: CallDeps) => {
  server.fake.reset()
  await callLlm({ messages: [{ role: 'user', content: 'hi' }] }, deps, new AbortController().signal).catch(() => {})
  console.log(`${label}: ${server.stats.requests} vendor requests`)
}
await count('3 attempts over a retrying dispatcher', scaledDeps(requestApiTransport(retryingDispatcher(pool)), server.url, { callMs: 5_000 }))
await count('3 attempts over the plain pool', scaledDeps(requestApiTransport(pool), server.url, { callMs: 5_000 }))
await count('1 attempt over a retrying dispatcher', singleAttempt(scaledDeps(requestApiTransport(retryingDispatcher(pool)), server.url, { callMs: 5_000 })))
await pool.close()
await server.close()
