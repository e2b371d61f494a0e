import { afterEach, describe, expect, it } from 'vitest'
import { countPrimes } from '../../../snippets/concurrency/threads-processes-async/cpu-work.ts'
import { countPrimesPerCall, createPrimeService, newPool } from '../../../snippets/concurrency/async-tutorial/long-lived-pool.ts'

describe('long-lived-pool', () => {
  const closers: Array<() => Promise<void>> = []
  afterEach(async () => { await Promise.all(closers.splice(0).map(close => close())) })

  it('per call: 20 tasks create 20 pools (and 20 worker threads)', async () => {
    let pools = 0
    let workers = 0
    const counting = () => {
      pools++
      const pool = newPool()
      pool.on('workerCreate', () => workers++)
      return pool
    }
    const results = await Promise.all(Array.from({ length: 20 }, () => countPrimesPerCall(2_000, counting)))
    expect(results).toEqual(Array.from({ length: 20 }, () => countPrimes(2_000)))
    expect(pools).toBe(20)
    expect(workers).toBeGreaterThanOrEqual(20)
  })

  it('shared: 20 tasks never create more workers than the maximum; after close no threads remain', async () => {
    const service = createPrimeService(2)
    closers.push(async () => { await service.pool.destroy() })
    const workers = new Set<unknown>() // each emitted once its thread is up (minThreads included)
    service.pool.on('workerCreate', (worker: unknown) => workers.add(worker))
    const results = await Promise.all(Array.from({ length: 20 }, () => service.countPrimes(2_000)))
    expect(results).toEqual(Array.from({ length: 20 }, () => countPrimes(2_000)))
    expect(workers.size).toBeLessThanOrEqual(2)
    expect(service.pool.threads.length).toBeLessThanOrEqual(2)
    await service.close()
    expect(service.pool.threads).toHaveLength(0)
  })

  it('close waits for tasks in flight', async () => {
    const service = createPrimeService(1)
    closers.push(async () => { await service.pool.destroy() })
    const inFlight = service.countPrimes(50_000)
    await service.close()
    expect(await inFlight).toBe(countPrimes(50_000))
  })
})
