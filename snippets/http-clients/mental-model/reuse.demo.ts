import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { median, sequentialNewAgent, sequentialShared, slowConnect } from './reuse.ts'

// @normalize /median \d+\.\d ms/g -> median <n> ms
const runs = { 'one shared agent  ': sequentialShared, 'new agent per call': sequentialNewAgent }
for (const [label, run] of Object.entries(runs)) {
  const vendor = await serveFakeLlm()
  const remote = { connect: slowConnect(50) } // each new socket: 50 ms of "DNS + TCP + TLS"
  const ms = median(await run(`${vendor.url}/v1/models`, 20, remote)).toFixed(1)
  console.log(`${label}: 20 requests -> ${vendor.stats.socketsOpened} connection(s), median ${ms} ms`)
  await vendor.close()
}
