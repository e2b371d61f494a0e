import { Queue, type Worker } from 'bullmq'
import { Redis } from 'ioredis'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createMaintenanceWorker, MAINTENANCE_QUEUE, runOncePerTick, scheduleCleanup, startReplicas, tickOf, upsertCleanupSchedule,
} from '../../../snippets/background-tasks/tasks-and-queues/scheduler.ts'
import { captureConsole } from '../../support/capture-console.ts'
import { redisTestBed } from '../../support/redis-test-bed.ts'

const START = new Date('2026-01-01T00:00:00.000Z')
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

describe('croner (fake timers)', () => {
  afterEach(() => { vi.useRealTimers() })

  it('overrun protection skips ticks while a slow run is active; runs never overlap', async () => {
    vi.useFakeTimers({ now: START })
    let active = 0
    let maxActive = 0
    let runs = 0
    let skipped = 0
    const job = scheduleCleanup('* * * * * *', async () => {
      runs++
      maxActive = Math.max(maxActive, ++active)
      await sleep(2_500) // slower than the 1 s interval
      active--
    }, { skipped: () => { skipped++ } })
    await vi.advanceTimersByTimeAsync(5_500) // ticks at 1, 2, 3, 4, 5 s
    job.stop()
    expect({ runs, skipped, maxActive }).toEqual({ runs: 2, skipped: 3, maxActive: 1 })
  })

  it('a failing run is reported and the schedule keeps going', async () => {
    vi.useFakeTimers({ now: START })
    const failures: string[] = []
    let runs = 0
    const job = scheduleCleanup('* * * * * *', async () => { runs++; throw new Error(`cleanup ${runs} failed`) },
      { failed: e => failures.push(String(e)) })
    await vi.advanceTimersByTimeAsync(3_500)
    job.stop()
    expect(runs).toBe(3)
    expect(failures).toEqual(['Error: cleanup 1 failed', 'Error: cleanup 2 failed', 'Error: cleanup 3 failed'])
  })

  it('three in-process schedulers (three replicas) run the job three times per tick', async () => {
    vi.useFakeTimers({ now: START })
    const runs: string[] = []
    const crons = startReplicas(3, '* * * * * *', async (replica) => {
      runs.push(`${new Date().toISOString().slice(17, 19)}s replica ${replica}`)
    })
    await vi.advanceTimersByTimeAsync(2_500)
    crons.forEach(c => c.stop())
    expect(runs).toEqual(['01s replica 0', '01s replica 1', '01s replica 2', '02s replica 0', '02s replica 1', '02s replica 2'])
  })
})

describe('cluster-safe scheduling (real Redis)', () => {
  const bed = redisTestBed()

  it('three producers upserting one job scheduler plus three workers: exactly one job per tick', async () => {
    const connection = bed.connection()
    const prefix = bed.prefix('s')
    const producers = [0, 1, 2].map(() => new Queue(MAINTENANCE_QUEUE, { connection, prefix }))
    bed.cleanup(...producers.map(q => () => q.close()))
    const ticks: string[] = []
    const enough = Promise.withResolvers<void>()
    const workers: Worker[] = [0, 1, 2].map(w => createMaintenanceWorker(connection, prefix, async (job) => {
      ticks.push(`${job.id} by worker ${w}`)
      if (ticks.length === 4) enough.resolve()
    }))
    bed.cleanup(...workers.map(w => () => w.close()))
    await Promise.all(producers.map(q => upsertCleanupSchedule(q, { every: 150 })))
    await enough.promise
    await producers[0]!.removeJobScheduler('nightly-cleanup')
    await Promise.all(workers.map(w => w.close()))
    const ids = ticks.map(t => t.split(' ')[0])
    expect(new Set(ids).size).toBe(ids.length) // no tick processed twice
    expect(ids.every(id => id?.startsWith('repeat:nightly-cleanup:'))).toBe(true)
    expect(await producers[0]!.getJobSchedulers()).toEqual([])
  })

  it('the scheduled job is retried once when it fails', async () => {
    const connection = bed.connection()
    const prefix = bed.prefix('s')
    const queue = new Queue(MAINTENANCE_QUEUE, { connection, prefix })
    bed.cleanup(() => queue.close())
    const attempts: number[] = []
    const done = Promise.withResolvers<void>()
    const worker = createMaintenanceWorker(connection, prefix, async (job) => {
      attempts.push(job.attemptsMade + 1)
      if (attempts.length === 1) throw new Error('database busy')
      done.resolve()
    })
    bed.cleanup(() => worker.close())
    await upsertCleanupSchedule(queue, { every: 60_000 }) // first job now, next one in a minute
    await done.promise
    await queue.removeJobScheduler('nightly-cleanup')
    expect(attempts).toEqual([1, 2])
  })

  it('with a Redis lock per tick, one of three instances runs the job each tick', async () => {
    const clients = [0, 1, 2].map(() => new Redis(bed.server.port, bed.server.host))
    bed.cleanup(...clients.map(c => () => c.quit()))
    const name = bed.prefix('cleanup-')
    const runs: string[] = []
    for (const at of [START, new Date(START.getTime() + 60_000), new Date(START.getTime() + 120_000)]) {
      const tick = tickOf(at, 60_000)
      const won = await Promise.all(clients.map((redis, i) =>
        runOncePerTick(redis, name, tick, 30_000, async () => { runs.push(`tick ${tick} instance ${i}`) })))
      expect(won.filter(Boolean)).toHaveLength(1)
    }
    expect(runs).toHaveLength(3)
    const ttl = await clients[0]!.pttl(`lock:${name}:${tickOf(START, 60_000)}`)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(30_000) // expires on its own, before the next tick
  })
})

describe('demo', () => {
  it('three replicas upsert one schedule; no tick is processed twice', async () => {
    const lines = await captureConsole(() => import('../../../snippets/background-tasks/tasks-and-queues/scheduler.demo.ts'))
    expect(lines).toEqual(['schedulers in Redis: 1', 'ticks processed twice: 0'])
  })
})
