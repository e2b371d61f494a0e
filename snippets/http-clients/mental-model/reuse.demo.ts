import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { median, sequentialNewAgent, sequentialShared } from './reuse.ts'

// @normalize /median \d+\.\d+ ms/g -> median <n> ms
for (const [label, run] of [['one shared agent  ', sequentialShared], ['new agent per call', sequentialNewAgent]] as const) {
  const vendor = await serveFakeLlm() // loopback: no DNS, no TLS, so the gap is small here
  await run(`${vendor.url}/v1/models`, 5) // warm-up (JIT), not counted
  vendor.fake.reset()
  const latencies = await run(`${vendor.url}/v1/models`, 20)
  console.log(`${label}: 20 requests, ${vendor.stats.socketsOpened} connection(s) at the server, median ${median(latencies).toFixed(2)} ms`)
  await vendor.close()
}
