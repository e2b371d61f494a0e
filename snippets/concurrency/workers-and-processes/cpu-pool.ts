// The guide's heavy(n) on a piscina pool. This file is also the worker module: piscina loads it in
// each thread (Node strips the types) and calls its default export; it has no start-up side effects.
import { threadId } from 'node:worker_threads'
import { Piscina } from 'piscina'

// #region worker-module
/** The guide's CPU-bound function: sum of sqrt(i) * sin(i) for i < n. */
export function heavy(n: number): number {
  let total = 0
  for (let i = 0; i < n; i++)
    total += Math.sqrt(i) * Math.sin(i)
  return total
}

export interface HeavyResult { n: number, value: number, threadId: number }

/** The task piscina runs: plain data in, plain data out (both structured-cloned). */
export default function heavyTask({ n }: { n: number }): HeavyResult {
  return { n, value: heavy(n), threadId } // threadId: which worker computed it
}
// #endregion worker-module

// #region pool
export type HeavyPool = Piscina<{ n: number }, HeavyResult>

/** Created once at start-up; the ProcessPoolExecutor() of the guide. */
export function createHeavyPool(threads: number): HeavyPool {
  return new Piscina({ filename: import.meta.url, minThreads: threads, maxThreads: threads })
}

/** Submits every n at once; logs each result as it completes; returns them in input order. */
export function runHeavy(pool: HeavyPool, ns: number[], log: (line: string) => void) {
  return Promise.all(ns.map(async (n) => {
    const result = await pool.run({ n }) // a Promise, like executor.submit's Future
    log(`heavy(${n}) = ${result.value.toFixed(2)}`)
    return result
  }))
}
// #endregion pool
