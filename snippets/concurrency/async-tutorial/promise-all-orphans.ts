// Promise.all rejects on the first failure, but nothing stops the siblings: they keep running,
// unobserved, and their side effects (and later failures) happen after the caller gave up.
// Browser-runnable.
import { fakeIo } from '../threads-processes-async/io-concurrency.ts'

// #region orphans
export async function chargeAndReserve(log: (line: string) => void): Promise<void> {
  const charge = async () => {
    await fakeIo(null, 200)
    log('charge: card charged (nobody is listening any more)') // the orphan's side effect
  }
  const reserve = async () => {
    await fakeIo(null, 100)
    throw new Error('reserve: out of stock')
  }
  try { await Promise.all([charge(), reserve()]) }
  catch (error) { log(`caller: gave up at the first failure (${String(error)})`) }
}
// #endregion orphans
