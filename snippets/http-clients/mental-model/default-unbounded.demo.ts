import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { fanOutDefault } from './default-unbounded.ts'

const vendor = await serveFakeLlm({ plan: { latencyMs: 500 } }) // a slow endpoint
const answers = await fanOutDefault(vendor.url, 50) // 50 concurrent calls, plain fetch
const { socketsOpened, maxInFlight } = vendor.stats
console.log(`${answers.length} answers`)
console.log(`connections the server saw: ${socketsOpened}, at most ${maxInFlight} requests at once`)
await vendor.close() // also ends the default agent's idle sockets
