import { Agent } from 'undici'
import { countStreamed, downloadBuffered, liveBytes } from './stream-bytes.ts'
import { startBigBodyServer } from './stream-bytes.ts'

const MB = 1024 * 1024
const server = await startBigBodyServer(50 * MB)
const agent = new Agent({ allowH2: false, bodyTimeout: 10_000 })
const before = liveBytes() // after a full GC: held memory, not garbage
let peak = 0
const sample = (n: number) => {
  if (n % (8 * MB) === 0) peak = Math.max(peak, liveBytes() - before) // every 8 MB
}
const counted = await countStreamed(agent, server.url, sample)
console.log(`streamed: ${counted / MB} MB counted, held under 16 MB: ${peak < 16 * MB}`)
const body = await downloadBuffered(agent, server.url)
const over50 = liveBytes() > 50 * MB // measured while `body` is still in use
console.log(`buffered: ${body.length / MB} MB in one buffer, live memory over 50 MB: ${over50}`)
await agent.close()
await server.close()
