// Sequential awaits add up the waits; waits started together overlap, on one thread.
// The guide's five 5 s sleeps, scaled to 500 ms. Browser-runnable; `now` is injectable for tests.
import { fakeIo } from '../threads-processes-async/io-concurrency.ts'

export type Log = (line: string) => void
export type Clock = () => number

// #region sequential
/** One sleep at a time: the loop idles while each one waits. Returns the total ms. */
export async function sleepSequentially(count: number, ms: number, log: Log, now: Clock = Date.now) {
  const start = now()
  for (let i = 1; i <= count; i++) {
    await fakeIo(i, ms) // suspends this function until this sleep ends
    log(`sleep ${i} done at ${now() - start} ms`)
  }
  return now() - start // about count × ms
}
// #endregion sequential

// #region concurrent
/** All sleeps started at once, then awaited as a group. Returns the total ms. */
export async function sleepConcurrently(count: number, ms: number, log: Log, now: Clock = Date.now) {
  const start = now()
  const sleeps = Array.from({ length: count }, (_, i) => fakeIo(i + 1, ms) // all in flight now
    .then(n => log(`sleep ${n} done at ${now() - start} ms`)))
  await Promise.all(sleeps)
  return now() - start // about ms: the waits overlapped
}
// #endregion concurrent
