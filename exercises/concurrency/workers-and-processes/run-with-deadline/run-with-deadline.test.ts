import { afterEach, describe, expect, it } from 'vitest'
import { createSleepPool } from '../../../../snippets/concurrency/workers-and-processes/sleep-task.ts'
import type { SleepPool } from '../../../../snippets/concurrency/workers-and-processes/sleep-task.ts'
import { DeadlineExceededError, runWithDeadline } from './run-with-deadline.ts'

// The tasks hold their worker thread for `ms` (like CPU work) without burning a core.
describe('runWithDeadline on a piscina pool', () => {
  let pool: SleepPool | undefined
  afterEach(async () => {
    await pool?.destroy()
    pool = undefined
  })

  it('a fast task returns its value', async () => {
    pool = createSleepPool(1)
    expect((await runWithDeadline(pool, { ms: 20 }, 2_000)).ms).toBe(20)
  })

  it('a slow task rejects with DeadlineExceededError (cause: the abort reason) near the deadline', async () => {
    pool = createSleepPool(1)
    const start = performance.now()
    const err = await runWithDeadline(pool, { ms: 3_000 }, 300).catch((e: unknown) => e)
    const elapsed = performance.now() - start
    expect(err, 'expected a DeadlineExceededError').toBeInstanceOf(DeadlineExceededError)
    expect(((err as Error).cause as Error | undefined)?.name, 'cause should be the signal\'s reason').toBe('TimeoutError')
    expect(elapsed).toBeGreaterThanOrEqual(250)
    expect(elapsed, 'the task was not stopped at the deadline').toBeLessThan(2_500)
  }, 10_000)

  it('leaves the pool usable: a follow-up task succeeds on a fresh worker', async () => {
    pool = createSleepPool(1)
    await runWithDeadline(pool, { ms: 3_000 }, 200).catch(() => undefined)
    expect(await runWithDeadline(pool, { ms: 10 }, 2_000)).toEqual({ ms: 10, threadId: expect.any(Number) as number })
  }, 10_000)

  it('other errors pass through unchanged', async () => {
    pool = createSleepPool(1)
    const bad = { ms: 10, onDone: () => 1 } // a function inside: it cannot be cloned
    const err = await runWithDeadline(pool, bad, 2_000).catch((e: unknown) => e)
    expect(err).not.toBeInstanceOf(DeadlineExceededError)
    expect(String(err)).toMatch(/could not be cloned/)
  })
})
