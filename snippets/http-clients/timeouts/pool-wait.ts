// The pool phase: undici queues a request for a free socket with no timer at all. The previous
// deck's limiter bounds the wait (a FIFO semaphore acquired under a typed queue deadline); here it
// becomes the first of the call's phases. Browser-safe: the work is any function taking a signal.
import { createPoolLimiter } from '../connection-pooling/pool-timeout.ts'
import type { PoolLimiter } from '../connection-pooling/pool-timeout.ts'

// #region acquire-timeout
/** Slots = the agent's `connections`: requests queue HERE, under a timer, not inside undici. */
export const poolPhase = (connections: number, acquireMs: number): PoolLimiter =>
  createPoolLimiter(connections, acquireMs) // over acquireMs: QueueTimeoutError

/** Pool wait, then the call. The caller's deadline ends the wait as well as the call. */
export function withPoolWait<T>(pool: PoolLimiter,
  work: (signal?: AbortSignal) => Promise<T>, caller?: AbortSignal): Promise<T> {
  return pool.run(() => work(caller), caller) // the slot is released on every exit path
}
// #endregion acquire-timeout
