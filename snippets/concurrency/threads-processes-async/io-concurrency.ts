// Waiting costs no thread: the event loop parks each pending timer or socket and resumes it when
// it is ready. Browser-safe (no node:*); `fakeIo` stands in for a network call.
import pLimit from 'p-limit'

/** A stand-in for an I/O call (HTTP, database): resolves with `value` after `ms`. */
export function fakeIo<T>(value: T, ms: number): Promise<T> {
  return new Promise(resolve => setTimeout(resolve, ms, value))
}

// #region sequential
/** One call after another: total time is the SUM of the waits. */
export async function sequential<T>(calls: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = []
  for (const call of calls)
    results.push(await call()) // the next call starts only when this one is done
  return results
}
// #endregion sequential

// #region concurrent
/** All calls started at once, on one thread: total time is the LONGEST wait. */
export function concurrent<T>(calls: Array<() => Promise<T>>): Promise<T[]> {
  return Promise.all(calls.map(call => call())) // each call starts here, then all wait together
}
// #endregion concurrent

// #region bounded
/** Many calls, at most `limit` in flight: a concurrency limiter on the loop, no threads. */
export function boundedConcurrent<T>(calls: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const gate = pLimit(limit) // a counter and a queue
  return Promise.all(calls.map(call => gate(call))) // starts `limit` now, the next as each ends
}
// #endregion bounded
