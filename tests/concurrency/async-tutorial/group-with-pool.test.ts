import { afterEach, describe, expect, it } from 'vitest'
import { createJobPool, runCpuJobs, warmUp } from '../../../snippets/concurrency/async-tutorial/group-with-pool.ts'
import { taskGroup } from '../../../snippets/concurrency/async-tutorial/task-group.ts'

describe('group-with-pool', () => {
  let pool: ReturnType<typeof createJobPool> | undefined
  afterEach(async () => { await pool?.destroy(); pool = undefined })

  it('three CPU jobs on three workers run with overlapping time ranges, results in spawn order', async () => {
    pool = createJobPool(3)
    await warmUp(pool)
    const results = await runCpuJobs(pool, [{ name: 'A', ms: 400 }, { name: 'B', ms: 400 }, { name: 'C', ms: 400 }])
    expect(results.map(r => r.name)).toEqual(['A', 'B', 'C'])
    const latestStart = Math.max(...results.map(r => r.startedAt))
    const earliestEnd = Math.min(...results.map(r => r.endedAt))
    expect(latestStart).toBeLessThan(earliestEnd) // all three ran at the same time
  })

  it('when one job throws, the other two are aborted, their workers terminated, and the original error thrown', async () => {
    pool = createJobPool(3)
    const destroyed: unknown[] = []
    pool.on('workerDestroy', (worker: unknown) => destroyed.push(worker))
    const start = performance.now()
    const settled = await Promise.allSettled([
      runCpuJobs(pool, [{ name: 'A', ms: 5000 }, { name: 'B', ms: 100, fail: true }, { name: 'C', ms: 5000 }]),
    ])
    const outcome = settled[0]
    expect(outcome?.status).toBe('rejected')
    expect(outcome?.status === 'rejected' && outcome.reason).toMatchObject({ message: 'B failed' })
    expect(destroyed).toHaveLength(2) // A's and C's workers, stopped mid-task
    expect(performance.now() - start).toBeLessThan(4000) // not the 5 s the siblings needed
  })

  it('inside the group, the siblings\' pool.run calls reject with abort errors', async () => {
    pool = createJobPool(3)
    const jobPool = pool
    const siblingErrors: unknown[] = []
    const jobs = [{ name: 'A', ms: 5000 }, { name: 'B', ms: 100, fail: true }, { name: 'C', ms: 5000 }]
    const outcome = taskGroup(jobs.map(job => (signal: AbortSignal) =>
      jobPool.run(job, { signal }).catch((error: unknown) => {
        if (job.name !== 'B') siblingErrors.push(error)
        throw error
      })))
    await expect(outcome).rejects.toThrow('B failed')
    expect(siblingErrors).toHaveLength(2)
    for (const error of siblingErrors)
      expect(error).toMatchObject({ name: 'AbortError' })
  })
})
