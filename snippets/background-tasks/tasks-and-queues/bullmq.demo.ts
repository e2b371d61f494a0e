import { QueueEvents } from 'bullmq'
import { Redis } from 'ioredis'
import { startRedisServer } from '../../../tests/support/redis-server.ts'
import * as q from './bullmq.ts'

const redis = await startRedisServer() // a throwaway Redis on 127.0.0.1
const connection = { host: redis.host, port: redis.port }
const queue = q.createEmbedQueue({ connection }, 200) // backoff 200, 400 ms
const res = await q.createDocumentsApi(queue).request('/documents/doc-1/embeddings',
  { method: 'POST', body: JSON.stringify({ text: 'queues survive restarts' }) })
console.log(`API answered ${res.status} ${await res.text()}`) // no worker yet
const events = new QueueEvents(q.EMBED_QUEUE, { connection })
const done = new Promise(resolve => events.once('completed', resolve))
await events.waitUntilReady()
let calls = 0
const store = new Redis(redis.port, redis.host)
const worker = q.createEmbedWorker({
  connection, save: q.redisEmbeddingStore(store), embed: async (text) => {
    if (++calls < 3) throw new Error(`vendor 503 on try ${calls}`)
    return text.split(' ').map(word => word.length)
  },
})
worker.on('failed', (job, e) =>
  console.log(`attempt ${job?.attemptsMade}: ${e.message}`))
worker.on('completed', (job, r) =>
  console.log(`attempt ${job.attemptsMade}: ${JSON.stringify(r)}`))
await done
await Promise.all([worker.close(), events.close(), queue.close(), store.quit()])
await redis.stop()
