// The pool phase: undici queues a request for a free socket with no timer at all. The kit bounds
// the wait itself: a semaphore sized like the pool, acquired under a queue deadline.
// Browser-safe (no undici import): the work is any function that accepts a signal.
import { deadline } from '../../safe-api-calls/concurrency-and-timeouts/deadline.ts'
import { QueueTimeoutError } from '../../safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import type { Permit, Semaphore } from '../../safe-api-calls/core-concepts/semaphore.ts'

// #region acquire-timeout
/** A slot within `acquireMs`, or QueueTimeoutError (the caller's abort also ends the wait). */
export async function acquireWithin(slots: Semaphore, acquireMs: number, caller?: AbortSignal): Promise<Permit> {
  using wait = deadline(acquireMs, () => new QueueTimeoutError(`no free socket within ${acquireMs} ms`), caller)
  return await slots.acquire(wait.signal)
} // `using` stops the queue clock here: it must not cut the call itself

/** Slots = the agent's `connections`, so requests queue here, under a timer, not inside undici. */
export async function withPoolWait<T>(slots: Semaphore, acquireMs: number,
  work: (signal?: AbortSignal) => Promise<T>, caller?: AbortSignal): Promise<T> {
  using _slot = await acquireWithin(slots, acquireMs, caller)
  return await work(caller)
}
// #endregion acquire-timeout
