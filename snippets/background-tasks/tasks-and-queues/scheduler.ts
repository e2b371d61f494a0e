// Scheduling: croner decides WHEN, on this event loop; it does not coordinate replicas.
// Fixes for many replicas: a BullMQ job scheduler in Redis, or a Redis lock per tick. Node only.
import { Queue, Worker, type ConnectionOptions, type Processor } from 'bullmq'
import { Cron } from 'croner'
import type { Redis } from 'ioredis'

// #region croner-job
export function scheduleCleanup(pattern: string, cleanup: () => Promise<void>,
  events: { skipped?: () => void, failed?: (e: unknown) => void } = {}) {
  return new Cron(pattern, {
    protect: () => events.skipped?.(), // overrun protection: skip a tick while a run is active
    catch: error => events.failed?.(error), // a failed run must not stop the schedule
  }, cleanup)
}
// #endregion croner-job

// #region duplicate-runs
/** What N replicas of the API do: each process starts "its" scheduler. */
export function startReplicas(replicas: number, pattern: string,
  cleanup: (replica: number) => Promise<void>): Cron[] {
  return Array.from({ length: replicas },
    (_, replica) => scheduleCleanup(pattern, () => cleanup(replica)))
  // 3 replicas -> 3 runs per tick: 3 emails, 3 deletes, 3 vendor calls
}
// #endregion duplicate-runs

// #region bullmq-job-scheduler
export const MAINTENANCE_QUEUE = 'maintenance'
export type Schedule = { pattern: string } | { every: number }

/** Every replica may call this at startup: upsert by id, one schedule in Redis. */
export function upsertCleanupSchedule(queue: Queue, schedule: Schedule) {
  return queue.upsertJobScheduler('nightly-cleanup', schedule, {
    name: 'cleanup',
    opts: { attempts: 2, backoff: { type: 'fixed', delay: 100 }, removeOnComplete: 100 },
  })
}
export const createMaintenanceWorker = (connection: ConnectionOptions, prefix: string,
  cleanup: Processor) => new Worker(MAINTENANCE_QUEUE, cleanup, { connection, prefix })
// #endregion bullmq-job-scheduler

// #region redis-lock
/** The tick this moment belongs to: the same string on every replica. */
export const tickOf = (at: Date, everyMs: number) => String(Math.floor(at.getTime() / everyMs))

export async function runOncePerTick(redis: Redis, name: string, tick: string,
  ttlMs: number, job: () => Promise<void>): Promise<boolean> {
  // SET NX: the first replica to arrive creates the key; PX: it expires by itself
  const won = await redis.set(`lock:${name}:${tick}`, String(process.pid), 'PX', ttlMs, 'NX')
  if (won !== 'OK')
    return false // another replica has this tick
  await job()
  return true
}
// #endregion redis-lock
