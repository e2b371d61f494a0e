// Exercise: a CPU task with a deadline on a piscina pool.
// Run: npm run exercise -- concurrency/workers-and-processes/run-with-deadline
import type { Piscina } from 'piscina'
import { DeadlineExceededError } from '../../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'

export { DeadlineExceededError }

/**
 * Runs `task` on `pool`; if it takes longer than `ms`, rejects with a DeadlineExceededError whose
 * `cause` is the abort reason, and stops the task (the pool stays usable).
 */
export async function runWithDeadline<T, R>(pool: Piscina<T, R>, task: T, ms: number): Promise<R> {
  // TODO 1: pass a signal to pool.run that aborts after `ms` (ignored for now).
  // TODO 2: translate the abort into a DeadlineExceededError (with the abort reason as `cause`);
  //         let every other error through unchanged.
  void ms
  return await pool.run(task)
}
