import { Redis } from 'ioredis'
import { startRedisServer } from '../../../tests/support/redis-server.ts'
import { GUIDE_BREAKER } from './breakerStateMachine.ts'
import { RedisBreaker } from './redisBreaker.ts'

const server = await startRedisServer() // a throwaway Redis on 127.0.0.1
const config = { ...GUIDE_BREAKER, openMs: 500 } // scaled: 60 s -> 500 ms
const [ra, rb] = [new Redis(server.url), new Redis(server.url)] // two pods, two connections
const a = new RedisBreaker({ redis: ra, name: 'llm', config })
const b = new RedisBreaker({ redis: rb, name: 'llm', config }) // same name, nothing else shared
for (let i = 0; i < 5; i++) await a.record('vendor-fault')
const refused = await b.allow().then(() => 'admitted', (err: Error) => err.name)
console.log(`pod B after 5 faults on pod A: ${refused}, no vendor call`)
await new Promise(resolve => setTimeout(resolve, 550))
const tries = await Promise.allSettled([...Array(10).keys()].map(i => (i % 2 ? a : b).allow()))
const probes = tries.filter(t => t.status === 'fulfilled').length
console.log(`10 concurrent calls after the open timeout: ${probes} probes admitted`)
await a.record('success'); await b.record('success')
console.log(`2 probe successes: pod A sees ${await a.state()}, pod B sees ${await b.state()}`)
await Promise.all([ra.quit(), rb.quit()]); await server.stop()
