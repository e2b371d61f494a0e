import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startRedisServer, type RedisServer } from '../../../../tests/support/redis-server.ts'
import { startInstance, type Instance } from './nightly-cleanup.ts'

let redis: RedisServer
let instances: Instance[] = []
let seq = 0
beforeAll(async () => { redis = await startRedisServer() })
afterEach(async () => { await Promise.all(instances.splice(0).map(i => i.stop())) })
afterAll(async () => { await redis.stop() })

/** Three app instances sharing one Redis; resolves once `runs` cleanups have started. */
async function threeInstances(everyMs: number, runs: number, cleanup: (run: number) => Promise<void>) {
  const connection = { host: redis.host, port: redis.port }
  const prefix = `nc${process.pid}-${++seq}`
  const startedAt: number[] = []
  const enough = Promise.withResolvers<void>()
  const run = async () => {
    const n = startedAt.push(performance.now())
    if (n === runs) enough.resolve()
    await cleanup(n)
  }
  instances = await Promise.all([1, 2, 3].map(() => startInstance({ connection, prefix, everyMs, cleanup: run })))
  return { startedAt, enough: enough.promise }
}

describe('nightly cleanup across three instances', () => {
  it('runs once per tick, not once per instance', async () => {
    const { startedAt, enough } = await threeInstances(1_000, 3, async () => {})
    await enough
    await Promise.all(instances.splice(0).map(i => i.stop())) // no run after this point
    const gaps = startedAt.slice(1).map((t, i) => t - startedAt[i]!)
    // Duplicates start within milliseconds of each other; separate ticks are ~1 s apart.
    expect(gaps.filter(gap => gap < 500)).toEqual([])
  })

  it('a failed run is retried once, after a backoff of at least 50 ms', async () => {
    const { startedAt, enough } = await threeInstances(60_000, 2, async (run) => {
      if (run === 1) throw new Error('database busy')
    })
    await enough
    await Promise.all(instances.splice(0).map(i => i.stop()))
    expect(startedAt).toHaveLength(2) // the failure and its retry, nothing more this tick
    // A second instance firing at the same tick starts within milliseconds: that is no retry.
    expect(startedAt[1]! - startedAt[0]!).toBeGreaterThanOrEqual(45)
  })
})
