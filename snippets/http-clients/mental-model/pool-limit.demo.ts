import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { fanOut, poolStats, vendorAgent } from './pool-limit.ts'

const vendor = await serveFakeLlm({ plan: { latencyMs: 200 } }) // a slow endpoint
const agent = vendorAgent() // connections: 10
const calls = fanOut(agent, vendor.url, 100) // 100 concurrent calls
while (vendor.stats.inFlight < 10) await new Promise(r => setTimeout(r, 5))
const { connected, running, queued } = poolStats(agent, vendor.url)
console.log(`mid-flight: ${connected} sockets, ${running} running, ${queued} queued in the pool`)
const answers = await calls
console.log(`done: ${answers.length} answers, the server never saw more than ${vendor.stats.maxInFlight} at once`)
console.log(`connections opened: ${vendor.stats.socketsOpened}`)
await agent.close()
await vendor.close()
