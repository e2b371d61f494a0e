import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { burst, burstAgent } from './idle-expiry.ts'

const vendor = await serveFakeLlm({ plan: { latencyMs: 100 } })
const agent = burstAgent() // connections: 10, keepAliveTimeout: 1 s
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
await burst(agent, vendor.url, 10)
console.log(`after the burst: ${vendor.stats.openSockets} sockets open at the server (all idle)`)
await sleep(300)
console.log(`0.3 s quiet: ${vendor.stats.openSockets} still open`)
while (vendor.stats.openSockets > 0) await sleep(10)
console.log(`after the 1 s keep-alive timeout: ${vendor.stats.openSockets} open`)
await burst(agent, vendor.url, 1)
console.log(`next call: ${vendor.stats.socketsOpened} sockets opened in total (a new handshake)`)
await agent.close()
await vendor.close()
