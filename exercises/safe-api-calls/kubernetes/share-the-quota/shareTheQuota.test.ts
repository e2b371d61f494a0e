import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inProcessTransport } from '../../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { maxInWindow } from '../../../../snippets/safe-api-calls/kubernetes/podSimulation.ts'
import { createFakeLlm } from '../../../../snippets/shared/fake-llm/app.ts'
import { startRedisServer, type RedisServer } from '../../../../tests/support/redis-server.ts'
import { createPod } from './shareTheQuota.ts'

const CONTRACT = 10 // per second, for the whole fleet
const PERMITS = 2
let redis: RedisServer

beforeAll(async () => { redis = await startRedisServer() })
afterAll(async () => { await redis.stop() })

describe('share the quota', () => {
  it('three pods, 2 s of traffic: never more than the contract in any 1 s window, permits still hold', async () => {
    const fake = createFakeLlm({ plan: { latencyMs: 20 } })
    const ids = ['pod-a', 'pod-b', 'pod-c']
    for (const id of ids)
      fake.scenario(id, { latencyMs: 20 }) // one scenario per pod: per-pod in-flight gauges
    const pods = await Promise.all(ids.map(id => createPod(id, {
      transport: inProcessTransport(fake.app), vendorUrl: 'http://vendor.test/v1/chat/completions',
      permits: PERMITS, contractPerSec: CONTRACT, redisUrl: redis.url, quotaKey: `vendor:rate:exercise-${process.pid}`,
    })))
    const stop = new AbortController()
    const timer = setTimeout(() => stop.abort(new Error('time is up')), 2_000)
    // Each pod has 4 workers calling back to back: more demand than the contract allows.
    await Promise.all(pods.flatMap(pod => [1, 2, 3, 4].map(async () => {
      while (!stop.signal.aborted)
        await pod.call(stop.signal).catch(() => {})
    })))
    clearTimeout(timer)
    await Promise.all(pods.map(pod => pod.close()))
    fake.stopAll()

    const arrivals = fake.stats.log.map(r => r.at)
    expect(arrivals.length).toBeGreaterThanOrEqual(CONTRACT) // the quota was used...
    expect(arrivals.length).toBeLessThanOrEqual(3 * CONTRACT) // ...and 2 s hold at most 3 windows' worth
    // Admission happens in Redis; arrival is a moment later (a permit wait, a busy machine): allow 200 ms.
    expect(maxInWindow(arrivals, 1_000 - 200)).toBeLessThanOrEqual(CONTRACT)
    for (const id of ids)
      expect(fake.stats.forScenario(id).maxInFlight).toBeLessThanOrEqual(PERMITS)
  })
})
