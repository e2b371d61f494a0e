import { Redis } from 'ioredis'
import { startRedisServer } from '../../../tests/support/redis-server.ts'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { GlobalVendorLimiter } from './globalLimiter.ts'
import { admittedAt, maxInWindow, spawnPods } from './podSimulation.ts'

const redis = await startRedisServer() // a throwaway Redis on 127.0.0.1
const vendor = await serveFakeLlm()
await spawnPods(5, { vendorUrl: vendor.url, durationMs: 2_000, attemptEveryMs: 33, limit: { kind: 'global', redisUrl: redis.url, key: 'vendor:rate:demo', limit: 20, windowMs: 1_000 } })
const peak = maxInWindow(vendor.stats.log.map(r => admittedAt(r.requestId)), 1_000)
console.log(`5 pods, one Redis window: ${peak <= 20 ? 'never more than' : 'MORE than'} 20 per second`)
const clients = [1, 2, 3, 4, 5].map(() => new Redis(redis.url)) // five more pods fight for one last slot
const pods = clients.map(client => new GlobalVendorLimiter({ redis: client, key: 'vendor:rate:last', limit: 20, windowMs: 60_000 }))
for (let i = 0; i < 19; i++) await pods[0]!.tryAcquire()
const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => pods[i % 5]!.tryAcquire()))
console.log(`50 simultaneous acquire() with one slot left: ${answers.filter(a => a.admitted).length} admitted`)
await Promise.all([...clients.map(c => c.quit()), vendor.close()])
await redis.stop()
