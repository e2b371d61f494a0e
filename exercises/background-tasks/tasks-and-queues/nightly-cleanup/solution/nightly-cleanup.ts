// Every app instance upserts the same job scheduler: the schedule lives once in Redis and each
// tick produces one job, which one worker takes and BullMQ retries once when it fails.
import { Queue, Worker, type ConnectionOptions } from 'bullmq'

export const CLEANUP_QUEUE = 'nightly-cleanup'
export interface InstanceOptions {
  connection: ConnectionOptions
  prefix: string
  everyMs: number
  cleanup: () => Promise<void>
}
export interface Instance { stop: () => Promise<void> }

export async function startInstance(o: InstanceOptions): Promise<Instance> {
  const queue = new Queue(CLEANUP_QUEUE, { connection: o.connection, prefix: o.prefix })
  const worker = new Worker(CLEANUP_QUEUE, () => o.cleanup(), { connection: o.connection, prefix: o.prefix })
  await queue.upsertJobScheduler('cleanup', { every: o.everyMs }, { // same id everywhere: one schedule
    name: 'cleanup',
    opts: { attempts: 2, backoff: { type: 'fixed', delay: 50 } },
  })
  return { stop: async () => { await Promise.all([worker.close(), queue.close()]) } }
}
