import { Redis } from 'ioredis'
import { startRedisServer } from '../../../tests/support/redis-server.ts'
import { serveFakeLlm } from '../../shared/fake-llm/server.ts'
import { GlobalVendorLimiter } from './globalLimiter.ts'
import { admittedAt, maxInWindow, spawnPods } from './podSimulation.ts'

const server = await startRedisServer() // a throwaway Redis on 127.0.0.1
const vendor = await serveFakeLlm()
const window = { key: 'vendor:rate:demo', limit: 20, windowMs: 1_000 }
const limit = { kind: 'global', redisUrl: server.url, ...window } as const
await spawnPods(5, { vendorUrl: vendor.url, durationMs: 2_000, attemptEveryMs: 33, limit })
const peak = maxInWindow(vendor.stats.log.map(r => admittedAt(r.requestId)), 1_000)
console.log(`5 pods, one Redis window: ${peak <= 20 ? 'never more than' : 'MORE than'} 20 per second`)
// five more pods fight for one last slot
const clients = [1, 2, 3, 4, 5].map(() => new Redis(server.url))
const last = { key: 'vendor:rate:last', limit: 20, windowMs: 60_000 }
const pods = clients.map(redis => new GlobalVendorLimiter({ redis, ...last }))
for (let i = 0; i < 19; i++) await pods[0]!.tryAcquire()
const tries = Array.from({ length: 50 }, (_, i) => pods[i % 5]!.tryAcquire())
const admitted = (await Promise.all(tries)).filter(a => a.admitted).length
console.log(`50 simultaneous acquire() with one slot left: ${admitted} admitted`)
await Promise.all([...clients.map(c => c.quit()), vendor.close()])
await server.stop()
