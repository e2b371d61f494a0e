// A worker pool is expensive to start (threads, isolates, module loading): create it once at
// startup, reuse it from every handler, close it on shutdown. Never one pool per call. Node only.
import { Piscina } from 'piscina'
import { createCpuPool } from '../threads-processes-async/cpu-in-worker.ts'
import type { CpuPool, PrimeTask } from '../threads-processes-async/cpu-in-worker.ts'

const workerFile = new URL('../threads-processes-async/cpu-in-worker.ts', import.meta.url).href
export type PoolFactory = () => CpuPool
export const newPool: PoolFactory = () => new Piscina<PrimeTask, number>({ filename: workerFile, maxThreads: 1 })

// #region per-call
/** ANTI-PATTERN: the guide's ProcessPoolExecutor inside the function. */
export async function countPrimesPerCall(limit: number, makePool: PoolFactory = newPool) {
  const pool = makePool() // a thread started and a module loaded, on EVERY call
  try { return await pool.run({ limit }) }
  finally { await pool.close() } // ...and torn down again
}
// #endregion per-call

// #region shared
/** Created once at startup; handlers borrow it; shutdown closes it after in-flight tasks. */
export function createPrimeService(threads = 2) {
  const pool = createCpuPool(threads) // min = max = threads, started now
  return {
    pool,
    countPrimes: (limit: number) => pool.run({ limit }), // reuses warm workers
    close: () => pool.close(), // waits for queued and running tasks, then stops the threads
  }
}
// #endregion shared
