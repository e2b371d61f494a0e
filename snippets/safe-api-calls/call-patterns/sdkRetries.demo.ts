import { createVendorPool, productionTransport } from '../core-concepts/vendorPool.ts'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { callLlm, scaledDeps } from './callLlm.ts'
import { requestApiTransport, retryingDispatcher, singleAttempt } from './sdkRetries.ts'

const server = await serveFakeLlm({ plan: { status: 503 } }) // the vendor is down
const pool = createVendorPool({ ...productionTransport(server.url), connections: 2 })
const setups = {
  'our 3 attempts over a retrying dispatcher': scaledDeps(requestApiTransport(retryingDispatcher(pool)), server.url),
  'our 3 attempts over the plain pool       ': scaledDeps(requestApiTransport(pool), server.url),
  'our 1 attempt over a retrying dispatcher ': singleAttempt(scaledDeps(requestApiTransport(retryingDispatcher(pool)), server.url)),
}
for (const [name, deps] of Object.entries(setups)) {
  server.fake.reset()
  await callLlm({ messages: [{ role: 'user', content: 'hi' }] }, deps, new AbortController().signal).catch(() => {})
  console.log(`${name}: ${server.stats.requests} vendor requests`)
}
await pool.close()
await server.close()
