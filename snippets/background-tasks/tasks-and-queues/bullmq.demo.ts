import { QueueEvents } from 'bullmq'
import { Redis } from 'ioredis'
import { startRedisServer } from '../../../tests/support/redis-server.ts'
import { createDocumentsApi, createEmbedQueue, createEmbedWorker, EMBED_QUEUE, redisEmbeddingStore } from './bullmq.ts'

const redis = await startRedisServer() // a throwaway Redis on 127.0.0.1
const connection = { host: redis.host, port: redis.port }
const queue = createEmbedQueue({ connection }, 200) // backoff 200 ms, 400 ms
const res = await createDocumentsApi(queue).request('/documents/doc-1/embeddings',
  { method: 'POST', body: JSON.stringify({ text: 'queues survive restarts' }) })
console.log(`API answered ${res.status} ${await res.text()}`) // no worker yet: the job waits in Redis
const events = new QueueEvents(EMBED_QUEUE, { connection })
const done = new Promise(resolve => events.once('completed', resolve))
await events.waitUntilReady()
let calls = 0
const store = new Redis(redis.port, redis.host)
const worker = createEmbedWorker({ connection, save: redisEmbeddingStore(store), embed: async (text) => {
  if (++calls < 3) throw new Error(`vendor 503 on try ${calls}`) // two failures, then success
  return text.split(' ').map(word => word.length)
} })
worker.on('failed', (job, error) => console.log(`attempt ${job?.attemptsMade}: ${error.message} -> retry`))
worker.on('completed', (job, result) => console.log(`attempt ${job.attemptsMade}: ${JSON.stringify(result)}`))
await done
await Promise.all([worker.close(), events.close(), queue.close(), store.quit()])
await redis.stop()
