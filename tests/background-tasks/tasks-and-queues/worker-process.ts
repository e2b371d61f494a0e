// A worker process for the crash and shutdown tests: the snippet's worker and signal handling,
// with an embedder the test controls through Redis lists (started / release), so the test waits
// on events instead of sleeping. Run as `node worker-process.ts` with REDIS_PORT and QUEUE_PREFIX.
import { Redis } from 'ioredis'
import { closeOnSignals, createEmbedWorker, redisEmbeddingStore } from '../../../snippets/background-tasks/tasks-and-queues/bullmq.ts'
import { createLogger, settingsFromEnv } from '../../../snippets/core-concepts/structured-logging/create-logger.ts'

const port = Number(process.env.REDIS_PORT)
const prefix = process.env.QUEUE_PREFIX ?? 'bull'
const redis = new Redis(port, '127.0.0.1')
const blocking = new Redis(port, '127.0.0.1') // BLPOP holds its connection
const log = createLogger(settingsFromEnv({ ...process.env, ENVIRONMENT: 'production', SERVICE_NAME: 'embed-worker' }))

const worker = createEmbedWorker({
  connection: { host: '127.0.0.1', port },
  prefix,
  concurrency: 1,
  lockDuration: 1_000, // short lock: a killed worker's job is recovered within seconds
  stalledInterval: 300,
  embed: async (text) => {
    await redis.rpush(`${prefix}:started`, text)
    await blocking.blpop(`${prefix}:release:${text}`, 0) // until the test lets this job finish
    return [1, 2, 3]
  },
  save: redisEmbeddingStore(redis, `${prefix}:embeddings`),
})
closeOnSignals(worker, log, 10_000)
await worker.waitUntilReady()
log.info('worker_ready')
