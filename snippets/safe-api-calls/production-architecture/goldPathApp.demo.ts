import { Redis } from 'ioredis'
import { startRedisServer } from '../../../tests/support/redis-server.ts'
import { inProcessTransport } from '../call-patterns/callLlm.ts'
import { createFakeLlm } from '../../shared/fake-llm/app.ts'
import { createApp, createDeps } from './goldPathApp.ts'

const redisServer = await startRedisServer()
const redis = new Redis(redisServer.url, { enableOfflineQueue: false })
await new Promise(resolve => redis.once('ready', resolve))
const cases = { 'healthy': {}, '503 burst': { statuses: [503, 503, 200] }, 'vendor down': { status: 500 }, 'hanging vendor': { latencyMs: 5_000 } }
for (const [name, plan] of Object.entries(cases)) {
  const fake = createFakeLlm({ plan })
  const cfg = { maxInFlight: 100, slaMs: 500, limits: { prefix: name, windowSec: 60 }, outbound: { permits: 5, localPerSec: 100, queueMs: 200, vendorWaitMs: 100, callMs: 300, vendor: { key: `v:${name}`, limit: 100, windowMs: 1_000 } } }
  const app = createApp(createDeps(cfg, redis, inProcessTransport(fake.app), 'http://vendor', () => ({ id: 'ada', tier: 'free' }), () => {}))
  const chat = () => app.request('/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"prompt":"hi"}' })
  console.log(`${name}: ${(await chat()).status}, vendor saw ${fake.stats.requests} request(s)`)
  if (name === 'healthy') { // the same free user 10 more times: the 11th is over quota
    const statuses = await Promise.all(Array.from({ length: 10 }, async () => (await chat()).status))
    console.log(`free user, 11 requests: ${statuses.filter(s => s === 429).length} got 429, vendor saw ${fake.stats.requests}`)
  }
  fake.stopAll()
}
redis.disconnect()
await redisServer.stop()
