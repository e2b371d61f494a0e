import { firstResponder } from './firstResponder.ts'
import { startFleet, stopFleet } from './raceFleet.ts'

const fleet = await startFleet() // A: first token at 50 ms · B: at 300 ms · C: HTTP 500 at once
const [a, b, c] = fleet
const providers = fleet.map(m => m.provider)
const race = firstResponder(providers, new AbortController().signal, { onWinner: w => console.log(`winner: ${w}`) })
let [text, firstAt] = ['', 0]
for await (const chunk of race) {
  firstAt ||= Date.now()
  text += chunk.text
}
await new Promise(resolve => setTimeout(resolve, 50)) // let the servers log the closes
const closeB = b!.server.stats.clientCloses[0]
console.log(`A streamed ${a!.server.stats.log[0]?.chunksSent} chunks: "${text.slice(0, 40)}…"`)
console.log(`B closed by the client: ${closeB && closeB.at - firstAt < 50 ? 'yes, within 50 ms of A\'s first token' : 'no'}`)
console.log(`C answered ${c!.server.stats.log[0]?.status}: ignored, the race went on`)
console.log(`permits free: ${fleet.map(m => `${m.name} ${m.permits.available}/1`).join(' · ')}`)
await stopFleet(fleet)
