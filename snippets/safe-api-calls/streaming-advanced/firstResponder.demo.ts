import { firstResponder } from './firstResponder.ts'
import { startFleet, stopFleet } from './raceFleet.ts'

const fleet = await startFleet() // A: first token at 50 ms · B: at 300 ms · C: HTTP 500 at once
const [a, b, c] = fleet
let text = ''
let firstAt = 0
for await (const chunk of firstResponder(fleet.map(m => m.provider), new AbortController().signal, { onWinner: w => console.log(`winner: ${w}`) })) {
  firstAt ||= Date.now()
  text += chunk.text
}
await new Promise(resolve => setTimeout(resolve, 50))
console.log(`A streamed ${a!.server.stats.log[0]?.chunksSent} chunks: "${text.slice(0, 40)}…"`)
const closeB = b!.server.stats.clientCloses[0]
console.log(`B closed by the client: ${closeB ? `yes, ${closeB.at - firstAt < 50 ? 'within 50 ms of' : 'long after'} A's first token` : 'no'}`)
console.log(`C answered ${c!.server.stats.log[0]?.status}: ignored, the race went on`)
console.log(`permits free: ${fleet.map(m => `${m.name} ${m.permits.available}/1`).join(' · ')}`)
await stopFleet(fleet)
