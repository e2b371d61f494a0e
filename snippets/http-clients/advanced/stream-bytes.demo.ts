import { Agent } from 'undici'
import { countStreamed, downloadBuffered, liveBytes, startBigBodyServer } from './stream-bytes.ts'

const MB = 1024 * 1024
const server = await startBigBodyServer(50 * MB)
const agent = new Agent({ allowH2: false, bodyTimeout: 10_000 })
const before = liveBytes()
let peak = 0
const counted = await countStreamed(agent, server.url, (n) => { if (n % (8 * MB) === 0) peak = Math.max(peak, liveBytes() - before) })
console.log(`streamed: ${counted / MB} MB counted, held under 16 MB: ${peak < 16 * MB}`)
const body = await downloadBuffered(agent, server.url)
console.log(`buffered: ${body.length / MB} MB in one buffer, live memory over 50 MB: ${liveBytes() > 50 * MB}`)
body.fill(0) // still in use: the buffer was live when measured
await agent.close()
await server.close()
