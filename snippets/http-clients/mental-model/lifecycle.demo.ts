import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { fetchText } from './agent.ts'
import { startClient, stopClient } from './lifecycle.ts'

const vendor = await serveFakeLlm()
const url = `${vendor.url}/v1/models`
const seen = () => `server: ${vendor.stats.socketsOpened} connection(s) seen, ${vendor.stats.openSockets} open`
const agent = startClient()
console.log(`new Agent()         -> ${seen()}`)
await fetchText(agent, url)
console.log(`first request       -> ${seen()}`)
await new Promise(r => setImmediate(r)) // next turn: the socket is back in the pool
await fetchText(agent, url)
console.log(`second request      -> ${seen()}`)
await stopClient(agent)
while (vendor.stats.openSockets > 0) await new Promise(r => setTimeout(r, 5)) // the FIN arrives
console.log(`close()             -> ${seen()}`)
const late = await fetchText(agent, url).catch((e: Error) => `${e.message} (${String(e.cause)})`)
console.log(`request after close -> ${late}`)
await vendor.close()
