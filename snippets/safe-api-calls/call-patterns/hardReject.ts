// Two answers to "the bucket is empty": wait for the next token (most limiters), or say 429 now.
// Hono middleware over deck 1's TokenBucket; browser-runnable (app.request works in the page).
import type { MiddlewareHandler } from 'hono'
import { deadline } from '../concurrency-and-timeouts/deadline.ts'
import type { TokenBucket } from '../core-concepts/tokenBucket.ts'
import { QueueTimeoutError } from './errors.ts'
import { retryAfterHeader } from './retryAfter.ts'

// #region waitingLimiter
/** Waits its turn (FIFO, event loop free); only the queue
 *  deadline turns the wait into a 503. */
export function waitForToken(
  bucket: TokenBucket,
  queueMs: number,
): MiddlewareHandler {
  return async (c, next) => {
    using queue = deadline(queueMs, () => new QueueTimeoutError())
    try {
      await bucket.take(queue.signal)
    }
    catch (err) {
      if (!(err instanceof QueueTimeoutError))
        throw err
      c.header('Retry-After', '1')
      return c.json({ error: 'overloaded' }, 503)
    }
    await next()
  }
}
// #endregion waitingLimiter

// #region tryTakeReject
/** Never waits: no token -> 429 in the same tick.
 *  The token it took is the one the call uses. */
export function rejectWhenEmpty(
  bucket: TokenBucket,
  refillMs: number,
): MiddlewareHandler {
  return async (c, next) => {
    if (!bucket.tryTake()) {
      c.header('Retry-After', retryAfterHeader(refillMs))
      return c.json({ error: 'rate_limited' }, 429)
    }
    await next() // no second take downstream
  }
}
// #endregion tryTakeReject

// #region guideDoubleTake
/** The guide's version: probe with a short timeout,
 *  then acquire AGAIN for the call. */
export function probeThenAcquire(
  bucket: TokenBucket,
  probeMs: number,
): MiddlewareHandler {
  return async (c, next) => {
    const timeout = () => new QueueTimeoutError()
    using probe = deadline(probeMs, timeout)
    const taken = bucket.take(probe.signal) // token 1
    const ok = await taken.then(() => true, () => false)
    if (!ok)
      return c.json({ error: 'rate_limited' }, 429)
    await bucket.take() // token 2: every request pays twice
    await next()
  }
}
// #endregion guideDoubleTake
