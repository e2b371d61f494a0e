import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it } from 'vitest'
import { createCpuPool } from '../../../snippets/concurrency/threads-processes-async/cpu-in-worker.ts'
import type { CpuPool } from '../../../snippets/concurrency/threads-processes-async/cpu-in-worker.ts'
import { countPrimes } from '../../../snippets/concurrency/threads-processes-async/cpu-work.ts'
import { createSleepPool, startedCounter, whenStarted } from '../../../snippets/concurrency/workers-and-processes/sleep-task.ts'
import type { SleepPool } from '../../../snippets/concurrency/workers-and-processes/sleep-task.ts'
import { closeOnSignals, drain, stopNow } from '../../../snippets/concurrency/workers-and-processes/shutdown.ts'

describe('shutdown', () => {
  const pools: Array<CpuPool | SleepPool> = []
  afterEach(async () => {
    await Promise.all(pools.splice(0).map(p => p.destroy()))
  })

  it('graceful close resolves after the in-flight and queued tasks, with their results delivered', async () => {
    const pool = createCpuPool(1) // the previous deck's pool
    pools.push(pool)
    const delivered: number[] = []
    const tasks = [20_000, 30_000].map(limit => pool.run({ limit }).then((n) => { delivered.push(n); return n }))
    await drain(pool)
    expect(delivered).toEqual([20_000, 30_000].map(countPrimes)) // both arrived before close resolved
    expect(await Promise.all(tasks)).toEqual(delivered)
    expect(pool.threads).toHaveLength(0)
  })

  it('destroy rejects pending tasks and leaves no worker threads', async () => {
    const pool = createSleepPool(1)
    pools.push(pool)
    const started = startedCounter()
    const running = pool.run({ ms: 5000, started })
    const queued = pool.run({ ms: 5000, started })
    await whenStarted(started)
    const outcomes = await stopNow(pool, [running, queued])
    expect(outcomes).toEqual(['rejected: Error: Terminating worker thread', 'rejected: Error: Terminating worker thread'])
    expect(pool.threads).toHaveLength(0)
    expect(Atomics.load(started, 0)).toBe(1) // the queued one never started
  })

  it('closes on SIGTERM once, and the listeners can be removed', async () => {
    const pool = createSleepPool(1)
    pools.push(pool)
    const proc = new EventEmitter()
    const closed = new Promise(resolve => pool.once('close', resolve))
    const remove = closeOnSignals(pool, proc)
    expect(proc.listenerCount('SIGTERM')).toBe(1)
    proc.emit('SIGTERM')
    await closed
    expect(pool.threads).toHaveLength(0)
    remove()
    expect(proc.listenerCount('SIGINT')).toBe(0)
  })
})
