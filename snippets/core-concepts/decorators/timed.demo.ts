import { timed, timedSync } from './timed.ts'

const sleep = (ms: number) => new Promise<void>(done => setTimeout(done, ms))
async function loadReport(): Promise<string> {
  await sleep(200)
  return 'report'
}
const show = (label: string) => (name: string, ms: number) =>
  console.log(`${label} ${name}: about ${Math.round(ms / 100) * 100} ms`)

await timedSync(loadReport, show('timedSync'))()
await timed(loadReport, show('timed    '))()
