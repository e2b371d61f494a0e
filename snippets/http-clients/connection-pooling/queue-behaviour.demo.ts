import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { fiveSocketAgent, sixCalls } from './queue-behaviour.ts'

const vendor = await serveFakeLlm({ plan: { latencyMs: 300 } }) // every answer takes 300 ms
const agent = fiveSocketAgent() // connections: 5
const answers = await sixCalls(agent, vendor.url) // six at once
const [sixth, ...firstFive] = [...vendor.stats.log].sort((a, b) => b.seq - a.seq)
const firstAnswer = Math.min(...firstFive.map(r => r.finishedAt ?? Infinity))
console.log(`${answers.length} answers, no error`)
console.log(`call 6 reached the server after the first answer: ${(sixth?.at ?? 0) >= firstAnswer}`)
console.log(`at most ${vendor.stats.maxInFlight} in flight, ${vendor.stats.socketsOpened} sockets opened`)
await agent.close()
await vendor.close()
