// A task group driving a piscina pool: real parallelism on workers, orchestration on the loop,
// and structured cancellation: a failure aborts the group's signal, and piscina terminates the
// workers still running a task for it. This module is also the worker (its default export). Node only.
import { Piscina } from 'piscina'
import { taskGroup } from './task-group.ts'

export interface CpuJob { name: string, ms: number, fail?: boolean }
export interface CpuResult { name: string, startedAt: number, endedAt: number }

/** Runs in a worker: burns CPU for `ms`, then returns its time range (or throws). */
export default function cpuJob({ name, ms, fail = false }: CpuJob): CpuResult {
  const startedAt = Date.now()
  while (Date.now() - startedAt < ms) { /* CPU-bound: this worker's thread is busy */ }
  if (fail) throw new Error(`${name} failed`)
  return { name, startedAt, endedAt: Date.now() }
}

export const createJobPool = (threads = 3) =>
  new Piscina<CpuJob, CpuResult>({ filename: import.meta.url, minThreads: threads, maxThreads: threads })

/** Loads the module in every worker first, so a slow start does not serialise the first jobs. */
export async function warmUp(pool: Piscina<CpuJob, CpuResult>): Promise<void> {
  await Promise.all(pool.threads.map((_, i) => pool.run({ name: `warm-up ${i}`, ms: 0 })))
}

// #region parallel-cpu
export function runCpuJobs(pool: Piscina<CpuJob, CpuResult>, jobs: CpuJob[], signal?: AbortSignal) {
  return taskGroup(jobs.map(job =>
    (groupSignal: AbortSignal) => pool.run(job, { signal: groupSignal }), // abort = terminate that worker
  ), signal) // the group throws the ORIGINAL failure, after every worker stopped
}
// #endregion parallel-cpu
