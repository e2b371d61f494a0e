// Scheduling: croner decides WHEN, on this event loop; it does not coordinate replicas.
// Fixes for many replicas: a BullMQ job scheduler in Redis, or a Redis lock per tick. Node only.
import { Queue, Worker, type ConnectionOptions, type Processor } from 'bullmq'
import { Cron } from 'croner'
import type { Redis } from 'ioredis'

export interface CleanupEvents { skipped?: () => void, failed?: (e: unknown) => void }

// #region croner-job
export function scheduleCleanup(pattern: string,
  cleanup: () => Promise<void>, events: CleanupEvents = {}) {
  return new Cron(pattern, {
    protect: () => events.skipped?.(), // skip a tick while a run is active
    catch: error => events.failed?.(error), // a failure must not stop it
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

/** Every replica may call this at startup: one schedule in Redis. */
export function upsertCleanupSchedule(queue: Queue, schedule: Schedule) {
  return queue.upsertJobScheduler('nightly-cleanup', schedule, {
    name: 'cleanup', // upsert by a stable id: created once, then updated
    opts: { attempts: 2, backoff: { type: 'fixed', delay: 100 },
      removeOnComplete: 100 },
  })
}
export const createMaintenanceWorker = (connection: ConnectionOptions,
  prefix: string, cleanup: Processor) =>
  new Worker(MAINTENANCE_QUEUE, cleanup, { connection, prefix })
// #endregion bullmq-job-scheduler

// #region redis-lock
/** The tick a moment belongs to: the same string on every replica. */
export const tickOf = (at: Date, everyMs: number) =>
  String(Math.floor(at.getTime() / everyMs))

export async function runOncePerTick(redis: Redis, name: string,
  tick: string, ttlMs: number, job: () => Promise<void>) {
  // NX: the first replica to arrive creates the key; PX: it expires
  const won = await redis.set(`lock:${name}:${tick}`, 'taken',
    'PX', ttlMs, 'NX')
  if (won !== 'OK')
    return false // another replica has this tick
  await job()
  return true
}
// #endregion redis-lock
