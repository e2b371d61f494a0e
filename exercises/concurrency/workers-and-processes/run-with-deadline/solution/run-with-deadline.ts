// Exercise: a CPU task with a deadline on a piscina pool.
// Run: npm run exercise -- concurrency/workers-and-processes/run-with-deadline
import type { Piscina } from 'piscina'
import { DeadlineExceededError } from '../../../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'

export { DeadlineExceededError }

/**
 * Runs `task` on `pool`; if it takes longer than `ms`, rejects with a DeadlineExceededError whose
 * `cause` is the abort reason, and stops the task (the pool stays usable).
 */
export async function runWithDeadline<T, R>(pool: Piscina<T, R>, task: T, ms: number): Promise<R> {
  const signal = AbortSignal.timeout(ms) // piscina terminates the worker running the task
  try {
    return await pool.run(task, { signal })
  }
  catch (err) {
    if (signal.aborted) // our deadline, not the task's own error
      throw new DeadlineExceededError(`task exceeded its ${ms} ms deadline`, { cause: signal.reason })
    throw err
  }
}
