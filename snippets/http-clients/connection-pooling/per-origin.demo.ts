import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { createVendor } from './per-origin.ts'

const fastSrv = await serveFakeLlm({ plan: { latencyMs: 50 } })
const slowSrv = await serveFakeLlm({ plan: { latencyMs: 1_000 } })
const fast = createVendor(fastSrv.url, { connections: 5, maxInFlight: 5 })
const slow = createVendor(slowSrv.url, { connections: 5, maxInFlight: 5 })
const timed = async (p: Promise<unknown>, t0 = performance.now()) => (await p, performance.now() - t0)
const verdict = (ms: number) => (ms < 400 ? 'fast (under 400 ms)' : 'SLOW')
console.log(`fast vendor alone: ${verdict(await timed(fast.call('hi')))}`)
const backlog = Array.from({ length: 10 }, (_, i) => slow.call(`long ${i}`)) // saturate the slow one
while (slowSrv.stats.inFlight < 5) await new Promise(r => setTimeout(r, 5))
console.log(`fast vendor, slow one saturated: ${verdict(await timed(fast.call('hi')))}`)
await Promise.all(backlog)
console.log(`slow vendor: at most ${slowSrv.stats.maxInFlight} in flight (its limit: 5)`)
await Promise.all([fast.close(), slow.close(), fastSrv.close(), slowSrv.close()])
