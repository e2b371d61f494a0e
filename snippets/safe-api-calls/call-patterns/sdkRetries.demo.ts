import { createVendorPool, productionTransport } from '../core-concepts/vendorPool.ts'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { callLlm, type CallDeps, type LlmRequest, scaledDeps, type Transport } from './callLlm.ts'
import { requestApiTransport, retryingDispatcher, singleAttempt } from './sdkRetries.ts'

const server = await serveFakeLlm({ plan: { status: 503 } }) // the vendor is down
const pool = createVendorPool({ ...productionTransport(server.url), connections: 2 })
const over = (transport: Transport) => scaledDeps(transport, server.url, { callMs: 5_000 })
const retrying = () => requestApiTransport(retryingDispatcher(pool))
const plain = () => requestApiTransport(pool)
const hi: LlmRequest = { messages: [{ role: 'user', content: 'hi' }] }
const count = async (label: string, deps: CallDeps) => {
  server.fake.reset()
  await callLlm(hi, deps, new AbortController().signal).catch(() => {})
  console.log(`${label}: ${server.stats.requests} vendor requests`)
}
await count('3 attempts over a retrying dispatcher', over(retrying()))
await count('3 attempts over the plain pool', over(plain()))
await count('1 attempt over a retrying dispatcher', singleAttempt(over(retrying())))
await pool.close()
await server.close()
