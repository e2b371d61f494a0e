import { timed, timedSync }
  from './timed.ts'

async function load(): Promise<void> {
  await new Promise(r => setTimeout(r, 200))
}
function show(label: string) {
  return (ms: number) => {
    const about = Math.round(ms / 100) * 100
    console.log(`${label}: ~${about} ms`)
  }
}

await timedSync(load, show('timedSync'))()
await timed(load, show('timed'))()
// @normalize /~[23]00 ms/ -> ~200 ms
