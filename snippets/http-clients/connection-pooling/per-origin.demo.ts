import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { createVendor } from './per-origin.ts'

const fastSrv = await serveFakeLlm({ plan: { latencyMs: 50 } })
const slowSrv = await serveFakeLlm({ plan: { latencyMs: 1_000 } })
const fast = createVendor(fastSrv.url, { connections: 5, maxInFlight: 5 })
const slow = createVendor(slowSrv.url, { connections: 5, maxInFlight: 5 })
const done = () => slowSrv.stats.log.filter(r => r.outcome === 'completed').length
console.log(`fast vendor alone: ${await fast.call('hi').then(() => 'answered')}`)
const backlog = Array.from({ length: 10 }, (_, i) => slow.call(`long ${i}`)) // saturate the slow one
while (slowSrv.stats.inFlight < 5) await new Promise(r => setTimeout(r, 5))
await fast.call('hi') // while 5 slow calls hold their sockets and 5 wait in their limiter
console.log(`fast vendor answered while the slow one had ${done()} of 10 done`)
await Promise.all(backlog)
console.log(`slow vendor: at most ${slowSrv.stats.maxInFlight} in flight (its limit: 5)`)
await Promise.all([fast.close(), slow.close(), fastSrv.close(), slowSrv.close()])
