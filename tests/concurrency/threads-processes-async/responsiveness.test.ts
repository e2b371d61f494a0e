import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countPrimesOnPool, createCpuPool } from '../../../snippets/concurrency/threads-processes-async/cpu-in-worker.ts'
import type { CpuPool } from '../../../snippets/concurrency/threads-processes-async/cpu-in-worker.ts'
import { countPrimes } from '../../../snippets/concurrency/threads-processes-async/cpu-work.ts'
import { createComputeApp, probeDuringCompute } from '../../../snippets/concurrency/threads-processes-async/responsiveness.ts'

describe('responsiveness: /health while /compute runs', () => {
  let pool: CpuPool
  beforeAll(async () => {
    pool = createCpuPool(1)
    await countPrimesOnPool(pool, [10]) // warm-up
  })
  afterAll(async () => { await pool.destroy() })

  it('both variants answer /compute with the same result', async () => {
    const expected = { primes: countPrimes(600_000) }
    expect(await (await createComputeApp().request('/compute')).json()).toEqual(expected)
    expect(await (await createComputeApp(pool).request('/compute')).json()).toEqual(expected)
  })

  it('inline: /health waits for the whole computation', async () => {
    const r = await probeDuringCompute(createComputeApp())
    // Both answers leave the server together, so their order at the client is a coin toss; the wait is not.
    expect(r.healthMs).toBeGreaterThanOrEqual(r.computeMs - 25) // the probe was due 20 ms in
  })

  it('offloaded: /health answers first, within a fraction of the compute time', async () => {
    const r = await probeDuringCompute(createComputeApp(pool))
    expect(JSON.parse(r.body)).toEqual({ primes: countPrimes(600_000) })
    expect(r.healthFirst).toBe(true)
    expect(r.healthMs).toBeLessThan(Math.max(50, r.computeMs / 2))
  })
})
