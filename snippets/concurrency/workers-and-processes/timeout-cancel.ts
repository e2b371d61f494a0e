// Deadlines and cancellation on piscina: the task is given an AbortSignal. A queued task is
// removed from the queue; a running task's worker thread is terminated and replaced.
import type { Piscina } from 'piscina'
import type { SleepPool, SleepResult, SleepTask } from './sleep-task.ts'
import { whenStarted } from './sleep-task.ts'

// #region run-timeout
/** future.result(timeout=1) — except that here the task really stops: its worker is killed. */
export function runWithTimeout<T, R>(pool: Piscina<T, R>, task: T, ms: number): Promise<R> {
  return pool.run(task, { signal: AbortSignal.timeout(ms) }) // rejects with an AbortError at ms
}
// #endregion run-timeout

// #region abort-queued
/** One thread, busy; a second task waits in the queue. Aborting it: it never starts. */
export async function abortQueued(pool: SleepPool, started: Int32Array) {
  const controller = new AbortController()
  const busy = pool.run({ ms: 200, started }) // takes the only thread
  const queued = pool.run({ ms: 200, started }, { signal: controller.signal })
  controller.abort() // Python: future.cancel() -> True, it had not started
  const [first, second] = await Promise.allSettled([busy, queued])
  return { busy: first.status, queued: second.status, started: Atomics.load(started, 0) }
}
// #endregion abort-queued

// #region abort-running
/** A task already running: piscina terminates its thread and starts a fresh one. */
export async function abortRunning(pool: SleepPool, task: SleepTask & { started: Int32Array }) {
  const controller = new AbortController()
  const running = pool.run(task, { signal: controller.signal })
  await whenStarted(task.started) // it is on a worker now (Python could no longer cancel it)
  controller.abort()
  const outcome = await running.then(() => 'fulfilled', (err: Error) => `rejected: ${err.name}`)
  const next: SleepResult = await pool.run({ ms: 10 }) // the pool still works: a new thread
  return { outcome, nextThreadId: next.threadId }
}
// #endregion abort-running
