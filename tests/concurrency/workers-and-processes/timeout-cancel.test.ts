import { afterEach, describe, expect, it } from 'vitest'
import sleepTask, { createSleepPool, startedCounter, whenStarted } from '../../../snippets/concurrency/workers-and-processes/sleep-task.ts'
import type { SleepPool } from '../../../snippets/concurrency/workers-and-processes/sleep-task.ts'
import { abortQueued, abortRunning, runWithTimeout } from '../../../snippets/concurrency/workers-and-processes/timeout-cancel.ts'

describe('timeout-cancel (piscina + AbortSignal)', () => {
  let pool: SleepPool | undefined
  afterEach(async () => {
    await pool?.destroy()
    pool = undefined
  })

  it('a 5 s task with a 1 s signal rejects with an AbortError about 1 s in', async () => {
    pool = createSleepPool(1)
    const start = performance.now()
    const err = await runWithTimeout(pool, { ms: 5000 }, 1000).catch((e: unknown) => e)
    const elapsed = performance.now() - start
    expect(err).toBeInstanceOf(Error)
    expect((err as Error).name).toBe('AbortError')
    expect(((err as Error).cause as Error).name).toBe('TimeoutError') // AbortSignal.timeout's reason
    expect(elapsed).toBeGreaterThanOrEqual(950)
    expect(elapsed).toBeLessThan(4000) // well before the task's 5 s
  })

  it('an aborted queued task never starts (the worker-side counter stays at 1)', async () => {
    pool = createSleepPool(1)
    const started = startedCounter()
    expect(await abortQueued(pool, started)).toEqual({ busy: 'fulfilled', queued: 'rejected', started: 1 })
    await pool.run({ ms: 1 }) // the queue moved on; still nothing else started
    expect(Atomics.load(started, 0)).toBe(1)
  })

  it('an aborted running task: its worker is replaced, and the pool completes a new task', async () => {
    pool = createSleepPool(1)
    const before = pool.threads[0]!.threadId
    const result = await abortRunning(pool, { ms: 5000, started: startedCounter() })
    expect(result.outcome).toBe('rejected: AbortError')
    expect(result.nextThreadId).not.toBe(before) // a fresh thread ran it
    expect(pool.threads.map(t => t.threadId)).not.toContain(before)
  })

  it('the sleep task counts itself as started and reports its thread', async () => {
    const started = startedCounter()
    const waiting = whenStarted(started)
    expect(sleepTask({ ms: 1, started })).toEqual({ ms: 1, threadId: 0 })
    await waiting
    expect(Atomics.load(started, 0)).toBe(1)
  })
})
