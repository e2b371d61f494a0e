import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { createAgent } from '../mental-model/agent.ts'
import { statusOnly, statusOnlyLeaky } from './unconsumed-body.ts'

const vendor = await serveFakeLlm({ plan: { chunks: 40, gapMs: 100 } }) // 4 s token streams
const url = `${vendor.url}/v1/chat/completions`
for (const [name, call] of [['leak', statusOnlyLeaky], ['fixed', statusOnly]] as const) {
  const agent = createAgent({ connections: 2, allowH2: false })
  const results: string[] = []
  for (let i = 1; i <= 3; i++) {
    const signal = i === 3 ? AbortSignal.timeout(1_000) : undefined // the 3rd may wait 1 s
    results.push(await call(agent, url, signal).then(String, (e: Error) => e.name))
  }
  console.log(`${name}: ${results.join(', ')}`)
  await agent.destroy()
}
await vendor.close()
