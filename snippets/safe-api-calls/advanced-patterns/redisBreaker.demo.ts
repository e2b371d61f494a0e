import { Redis } from 'ioredis'
import { startRedisServer } from '../../../tests/support/redis-server.ts'
import { GUIDE_BREAKER } from './breakerStateMachine.ts'
import { RedisBreaker } from './redisBreaker.ts'

const server = await startRedisServer() // a throwaway Redis on 127.0.0.1
const [ra, rb] = [new Redis(server.url), new Redis(server.url)] // two pods, two connections
const config = { ...GUIDE_BREAKER, openMs: 500 } // scaled: 60 s -> 500 ms
const [a, b] = [new RedisBreaker({ redis: ra, name: 'llm', config }), new RedisBreaker({ redis: rb, name: 'llm', config })]
for (let i = 0; i < 5; i++) await a.record('vendor-fault')
await b.allow().catch((err: Error) => console.log(`pod B after 5 faults on pod A: ${err.name}, no vendor call`))
await new Promise(resolve => setTimeout(resolve, 550))
const tries = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).allow()))
console.log(`10 concurrent calls after the open timeout: ${tries.filter(t => t.status === 'fulfilled').length} probes admitted`)
await a.record('success'); await b.record('success')
console.log(`2 probe successes: pod A sees ${await a.state()}, pod B sees ${await b.state()}`)
await Promise.all([ra.quit(), rb.quit()]); await server.stop()
