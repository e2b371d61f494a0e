import { Agent } from 'undici'
import { errorPhase } from './classify-errors.ts'
import { payload, startNonReadingServer, upload } from './write-stall.ts'

const { url, server } = await startNonReadingServer()
// undici timers far above the deadline: only the deadline can end this upload
const agent = new Agent({ allowH2: false, headersTimeout: 10_000, bodyTimeout: 10_000 })
const t0 = performance.now()
const outcome = await upload(agent, url, payload(4096), 800) // 256 MiB, lazily
  .then(status => `answered ${status}?!`, (e: Error) => `${e.name} (phase ${errorPhase(e)})`)
console.log('server stops reading; upload of 256 MiB with an 800 ms deadline')
console.log(`-> ${outcome} after ${Math.round((performance.now() - t0) / 100) * 100} ms`)
// @normalize /after \d+ ms/ -> after ~800 ms
await agent.destroy()
server.closeAllConnections()
server.close()
