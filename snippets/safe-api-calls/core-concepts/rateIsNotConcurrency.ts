// A rate limiter decides when calls START, never how many are still running.
// Generic over the call; the tests and the demo call the fake LLM over real sockets (Node).
import type { Semaphore } from './semaphore.ts'
import type { TokenBucket } from './tokenBucket.ts'

// #region rateOnly
/** Starts calls at the bucket's pace for `durationMs`;
 *  in-flight grows with vendor latency. */
export async function rateOnly(
  call: () => Promise<unknown>,
  bucket: TokenBucket,
  durationMs: number,
): Promise<void> {
  const started: Promise<unknown>[] = []
  const end = performance.now() + durationMs
  while (performance.now() < end) {
    await bucket.take()
    // started, not awaited: the rate said "go"
    started.push(call().catch(() => undefined))
  }
  await Promise.all(started)
}
// #endregion rateOnly

// #region rateWithPermits
/** Same pace, but each call must also hold a permit:
 *  in-flight can never pass the permit count. */
export async function rateWithPermits(
  call: () => Promise<unknown>,
  bucket: TokenBucket,
  permits: Semaphore,
  durationMs: number,
): Promise<void> {
  const started: Promise<unknown>[] = []
  const end = performance.now() + durationMs
  while (performance.now() < end) {
    await bucket.take() // the cheap thing first...
    const permit = await permits.acquire() // ...then capacity
    const done = () => permit.release()
    started.push(call().catch(() => undefined).finally(done))
  }
  await Promise.all(started)
}
// #endregion rateWithPermits
