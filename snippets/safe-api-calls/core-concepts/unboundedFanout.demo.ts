import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { fanOutBounded, fanOutDefault } from './unboundedFanout.ts'

const about = (n: number) => (n >= 60 ? '~100' : String(n)) // one socket per concurrent call
const runs = [
  ['plain fetch         ', (url: string) => fanOutDefault(url, 100)],
  ['Pool, 10 connections', (url: string) => fanOutBounded(url, 100, 10)],
] as const
for (const [label, run] of runs) {
  const vendor = await serveFakeLlm({ plan: { latencyMs: 300 } }) // a fresh vendor per run
  const t0 = performance.now()
  const ok = (await run(vendor.url)).filter(status => status === 200).length
  const s = (performance.now() - t0) / 1000
  const waves = s >= 2.9 ? ' | queued in waves: 3 s or more' : ''
  console.log(`${label}: ${ok} answers | vendor saw ${about(vendor.stats.maxOpenSockets)} sockets at once${waves}`)
  await vendor.close()
}
