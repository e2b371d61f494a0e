import { Queue } from 'bullmq'
import { startRedisServer } from '../../../tests/support/redis-server.ts'
import { createMaintenanceWorker, MAINTENANCE_QUEUE, upsertCleanupSchedule } from './scheduler.ts'

const redis = await startRedisServer()
const connection = { host: redis.host, port: redis.port }
const apis = [1, 2, 3].map(() => new Queue(MAINTENANCE_QUEUE, { connection })) // 3 replicas
const ids: string[] = []
const fiveTicks = Promise.withResolvers<void>()
const workers = [1, 2, 3].map(() => createMaintenanceWorker(connection, 'bull', async (job) => {
  if (ids.push(job.id ?? '') === 5) fiveTicks.resolve()
}))
await Promise.all(apis.map(q => upsertCleanupSchedule(q, { every: 200 }))) // all 3 upsert
await fiveTicks.promise
console.log(`schedulers in Redis: ${(await apis[0]!.getJobSchedulers()).length}`)
await apis[0]!.removeJobScheduler('nightly-cleanup')
await Promise.all(workers.map(w => w.close()))
console.log(`ticks processed twice: ${ids.length - new Set(ids).size}`)
await Promise.all([...workers.map(w => w.close()), ...apis.map(q => q.close())])
await redis.stop()
