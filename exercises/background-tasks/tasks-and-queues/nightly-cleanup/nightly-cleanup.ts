// Every app instance starts its own croner job: with three replicas the cleanup runs three times
// per tick, and a failed run is simply lost until the next tick.
// TODO: one run per tick across all instances, retried once when it fails.
import { Queue, Worker, type ConnectionOptions } from 'bullmq'
import { Cron } from 'croner'

export const CLEANUP_QUEUE = 'nightly-cleanup'
export interface InstanceOptions {
  connection: ConnectionOptions
  prefix: string
  everyMs: number
  cleanup: () => Promise<void>
}
export interface Instance { stop: () => Promise<void> }

export async function startInstance(o: InstanceOptions): Promise<Instance> {
  // TODO: a job scheduler in Redis (stable id, upserted by every instance) and a worker,
  // with 2 attempts per job; or a Redis lock per tick around the croner job.
  void Queue
  void Worker
  const cron = new Cron('* * * * * *', { protect: true, interval: Math.max(1, Math.round(o.everyMs / 1_000)), catch: true },
    () => o.cleanup())
  return { stop: async () => { cron.stop() } }
}
