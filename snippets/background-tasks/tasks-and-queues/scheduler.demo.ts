import { Queue } from 'bullmq'
import { startRedisServer } from '../../../tests/support/redis-server.ts'
import * as s from './scheduler.ts'

const redis = await startRedisServer()
const connection = { host: redis.host, port: redis.port }
const apis = [1, 2, 3].map(() => new Queue(s.MAINTENANCE_QUEUE, { connection }))
const ids: string[] = [] // the job id names its tick
const fiveTicks = Promise.withResolvers<void>()
const workers = apis.map(() => s.createMaintenanceWorker(connection, 'bull',
  async (job) => { if (ids.push(job.id ?? '') === 5) fiveTicks.resolve() }))
await Promise.all(apis.map(q => s.upsertCleanupSchedule(q, { every: 200 })))
await fiveTicks.promise
console.log(`schedulers in Redis: ${(await apis[0]!.getJobSchedulers()).length}`)
await apis[0]!.removeJobScheduler('nightly-cleanup')
await Promise.all(workers.map(w => w.close()))
console.log(`ticks processed twice: ${ids.length - new Set(ids).size}`)
await Promise.all(apis.map(q => q.close()))
await redis.stop()
