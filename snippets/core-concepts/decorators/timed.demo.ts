import { timed, timedSync } from './timed.ts'

async function loadReport(): Promise<void> {
  await new Promise(done => setTimeout(done, 200))
}
const show = (label: string) => (name: string, ms: number) =>
  console.log(`${label}: ${name} about ${Math.round(ms / 100) * 100} ms`)

await timedSync(loadReport, show('timedSync'))()
await timed(loadReport, show('timed    '))()
// @normalize /about [23]00 ms/ -> about 200 ms
