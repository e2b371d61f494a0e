// A worker task that holds its thread for `ms` without burning a core: Atomics.wait blocks the
// worker like a long computation would (nothing else runs on it), but the CPU stays idle, so
// cancellation demos and tests behave the same on a busy machine. Loaded by piscina in each worker.
import { threadId } from 'node:worker_threads'
import { Piscina } from 'piscina'

export interface SleepTask {
  ms: number
  started?: Int32Array // a view on a SharedArrayBuffer: counts tasks that began, across threads
}
export interface SleepResult { ms: number, threadId: number }
export type SleepPool = Piscina<SleepTask, SleepResult>

// #region task
/** Counts itself as started, then blocks its worker thread for `ms` (uninterruptible). */
export default function sleepTask({ ms, started }: SleepTask): SleepResult {
  if (started) {
    Atomics.add(started, 0, 1)
    Atomics.notify(started, 0) // wakes a main thread waiting for "it has started"
  }
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms) // a blocking, CPU-free hold
  return { ms, threadId }
}
// #endregion task

/** A pool of `threads` workers running sleepTask; started up front. */
export function createSleepPool(threads: number): SleepPool {
  return new Piscina<SleepTask, SleepResult>({ filename: import.meta.url, minThreads: threads, maxThreads: threads })
}

/** A counter the main thread and every worker share (structured clone shares, not copies, it). */
export function startedCounter(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4))
}

/** Resolves once the counter has moved past `seen`: the task is now running on a worker. */
export async function whenStarted(started: Int32Array, seen = 0): Promise<void> {
  const wait = Atomics.waitAsync(started, 0, seen)
  if (wait.async)
    await wait.value
}
