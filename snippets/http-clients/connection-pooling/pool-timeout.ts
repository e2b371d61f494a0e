// The pool timeout undici lacks (httpx: Timeout(pool=5.0) -> PoolTimeout), as an application limiter
// in front of the agent: the kit's FIFO, abortable Semaphore acquired under a typed deadline.
// Size it at or below the agent's `connections`, or the excess waits in undici's untimed queue.
// Browser-runnable (no node:* imports).
import { Semaphore } from '../../safe-api-calls/core-concepts/semaphore.ts'
import type { Permit } from '../../safe-api-calls/core-concepts/semaphore.ts'
import { deadline } from '../../safe-api-calls/concurrency-and-timeouts/deadline.ts'
import { QueueTimeoutError } from '../../safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'

export { QueueTimeoutError }

export interface PoolLimiterStats { waiting: number, timeouts: number, lastWaitMs: number }

export interface PoolLimiter {
  run: <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>
  stats: () => PoolLimiterStats
}

export function createPoolLimiter(slots: number, acquireTimeoutMs: number): PoolLimiter {
  const semaphore = new Semaphore(slots)
  let timeouts = 0
  let lastWaitMs = 0
  // #region semaphore-acquire-timeout
  async function acquire(signal?: AbortSignal): Promise<Permit> {
    const started = performance.now()
    using queue = deadline(acquireTimeoutMs,
      () => new QueueTimeoutError(`no free slot within ${acquireTimeoutMs} ms`), signal)
    try {
      return await semaphore.acquire(queue.signal) // FIFO; leaves the queue on abort
    }
    catch (err) {
      if (err instanceof QueueTimeoutError) timeouts++ // the undersized-pool metric
      throw err
    }
    finally { lastWaitMs = performance.now() - started } // the contention metric
  }

  async function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    using _permit = await acquire(signal) // released on every exit path
    return await task()
  }
  // #endregion semaphore-acquire-timeout
  const stats = (): PoolLimiterStats => ({ waiting: semaphore.waiting, timeouts, lastWaitMs })
  return { run, stats }
}
