// CPU-bound work on a piscina pool of worker threads. This module is also the worker: piscina
// loads it in each thread (Node strips its types) and calls its default export.
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { countPrimes } from './cpu-work.ts'

export interface PrimeTask { limit: number }

// #region task
/** Runs in a worker: plain data in, plain data out (both structured-cloned). */
export default function primeTask({ limit }: PrimeTask): number {
  return countPrimes(limit)
}
// #endregion task

// #region piscina-pool
export type CpuPool = Piscina<PrimeTask, number>

/** One pool per process, created at startup, sized to the cores. */
export function createCpuPool(threads = availableParallelism()): CpuPool {
  return new Piscina<PrimeTask, number>({
    filename: import.meta.url, // this very file: its default export is the task
    minThreads: threads, // started now, not on the first request
    maxThreads: threads, // more threads than cores only adds switching
  })
}

export function countPrimesOnPool(pool: CpuPool, limits: number[]): Promise<number[]> {
  return Promise.all(limits.map(limit => pool.run({ limit }))) // queued, spread over the threads
}
// #endregion piscina-pool
