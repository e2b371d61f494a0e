import { availableParallelism } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import primeTask, { countPrimesOnPool, createCpuPool } from '../../../snippets/concurrency/threads-processes-async/cpu-in-worker.ts'
import type { CpuPool } from '../../../snippets/concurrency/threads-processes-async/cpu-in-worker.ts'
import { countPrimes } from '../../../snippets/concurrency/threads-processes-async/cpu-work.ts'
import { measureWithLag } from '../../../snippets/concurrency/threads-processes-async/loop-lag.ts'

describe('cpu-in-worker (piscina, 2 workers)', () => {
  let pool: CpuPool
  const limits = [250_000, 250_000, 250_000, 250_000] // four equal tasks, ~40 ms each on an idle core

  beforeAll(async () => {
    pool = createCpuPool(2)
    await countPrimesOnPool(pool, [10, 10]) // warm-up: both workers loaded the module
  })
  afterAll(async () => { await pool.destroy() })

  it('the task is the plain function, and the pool returns what the main thread computes', async () => {
    expect(primeTask({ limit: 100 })).toBe(25)
    expect(await countPrimesOnPool(pool, [100, 1000, 10_000])).toEqual([25, 168, 1229])
    expect(await countPrimesOnPool(pool, limits)).toEqual(limits.map(countPrimes))
  })

  it('runs on 2 threads, started up front', () => {
    expect(pool.threads).toHaveLength(2)
    expect(pool.maxThreads).toBe(2)
  })

  // Paired rounds (main thread, then pool, back to back), best of up to 8: other processes share
  // these 2 cores, so one round can be unlucky; a pair measured under the same load is fair.
  it.runIf(availableParallelism() >= 2)('four tasks on 2 workers finish in under 0.8x the main-thread time, with low main-thread lag', async () => {
    let bestTimeRatio = Infinity
    let bestLagRatio = Infinity
    for (let round = 0; round < 8 && (bestTimeRatio >= 0.8 || bestLagRatio >= 0.5); round++) {
      const main = await measureWithLag(() => limits.map(countPrimes))
      const onPool = await measureWithLag(() => countPrimesOnPool(pool, limits))
      expect(onPool.result).toEqual(main.result)
      bestTimeRatio = Math.min(bestTimeRatio, onPool.ms / main.ms)
      bestLagRatio = Math.min(bestLagRatio, onPool.maxLagMs / main.maxLagMs)
    }
    expect(bestTimeRatio).toBeLessThan(0.8) // ~0.5 on two idle cores
    expect(bestLagRatio).toBeLessThan(0.5) // the main thread stayed free while workers computed
  })

  it('structured clone: a function cannot be sent to a worker', async () => {
    const withClosure = { limit: 10, onDone: () => undefined }
    await expect(pool.run(withClosure)).rejects.toThrow(/could not be cloned/)
  })
})
