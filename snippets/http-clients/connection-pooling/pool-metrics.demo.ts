import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { chatRequest, createAgent, fetchText } from '../mental-model/agent.ts'
import { createPoolLimiter } from './pool-timeout.ts'
import { countConnections, poolMetrics } from './pool-metrics.ts'

const vendor = await serveFakeLlm({ plan: { latencyMs: 300 } })
const agent = createAgent({ connections: 3, allowH2: false })
using conns = countConnections(vendor.url) // unsubscribes when the module ends
const limiter = createPoolLimiter(10, 5_000) // above the pool on purpose: the excess queues in undici
const metrics = () => poolMetrics(agent, vendor.url, conns, limiter)
const show = ({ active, idle, pending, created, poolTimeouts } = metrics()) =>
  `active ${active}, idle ${idle}, pending ${pending}, created ${created}, pool timeouts ${poolTimeouts}`
const url = `${vendor.url}/v1/chat/completions`
const calls = Array.from({ length: 10 }, (_, i) => limiter.run(() => fetchText(agent, url, chatRequest(`q${i}`))))
while (vendor.stats.inFlight < 3) await new Promise(r => setTimeout(r, 5))
console.log(`under pressure: ${show()}`)
await Promise.all(calls)
while (metrics().idle < 3) await new Promise(r => setTimeout(r, 5))
console.log(`after the burst: ${show()}`)
await agent.close()
await vendor.close()
