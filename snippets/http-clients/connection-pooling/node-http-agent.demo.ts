import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { getText, idleSockets, warmFloorAgent } from './node-http-agent.ts'

const vendor = await serveFakeLlm({ plan: { latencyMs: 100 } })
const agent = warmFloorAgent() // maxSockets: 10, maxFreeSockets: 3
await Promise.all(Array.from({ length: 10 }, () => getText(agent, `${vendor.url}/v1/models`)))
while (vendor.stats.openSockets > 3) await new Promise(r => setTimeout(r, 5))
console.log(`burst of 10: ${vendor.stats.socketsOpened} sockets opened`)
console.log(`kept warm: ${idleSockets(agent)} idle in the free list, ${vendor.stats.openSockets} open at the server`)
agent.destroy()
await vendor.close()
