import { Redis } from 'ioredis'
import { startRedisServer } from '../../../tests/support/redis-server.ts'
import { inProcessTransport } from '../call-patterns/callLlm.ts'
import { createFakeLlm, type FaultPlan } from '../../shared/fake-llm/app.ts'
import { createApp, createDeps, scaledConfig } from './goldPathApp.ts'

const redisServer = await startRedisServer() // a throwaway Redis on 127.0.0.1
const redis = new Redis(redisServer.url, { enableOfflineQueue: false })
await new Promise(resolve => redis.once('ready', resolve))
const cases: Record<string, FaultPlan> = {
  'healthy': {}, '503 burst': { statuses: [503, 503, 200] }, 'vendor down': { status: 500 }, 'hanging vendor': { latencyMs: 5_000 },
}
for (const [name, plan] of Object.entries(cases)) {
  const fake = createFakeLlm({ plan })
  const user = () => ({ id: 'ada', tier: 'free' })
  const app = createApp(createDeps(scaledConfig(name), redis, inProcessTransport(fake.app), 'http://vendor', user, () => {}))
  const chat = async () => (await app.request('/chat', { method: 'POST', body: '{"prompt":"hi"}' })).status
  console.log(`${name}: ${await chat()}, vendor saw ${fake.stats.requests} request(s)`)
  if (name === 'healthy') { // the same free user 10 more times: the 11th is over quota
    const statuses = await Promise.all(Array.from({ length: 10 }, chat))
    console.log(`free user, 11 requests: ${statuses.filter(s => s === 429).length} got 429, vendor saw ${fake.stats.requests}`)
  }
  fake.stopAll()
}
redis.disconnect()
await redisServer.stop()
