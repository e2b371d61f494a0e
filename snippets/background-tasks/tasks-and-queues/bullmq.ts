// BullMQ: the API enqueues, worker processes do the work, Redis keeps the jobs. Node only.
// Retries, rate limits, stalled-job recovery and shutdown are worker/queue options, not code.
import { Queue, Worker, type ConnectionOptions, type Job, type JobsOptions } from 'bullmq'
import { Hono } from 'hono'
import type { Logger } from 'pino'
import { deadline } from '../../safe-api-calls/concurrency-and-timeouts/deadline.ts'

export const EMBED_QUEUE = 'embeddings'
export interface EmbedJob { documentId: string, text: string }
export interface EmbedResult { documentId: string, dimensions: number }
/** Every slow call gets the job's deadline signal. */
export type Embedder = (text: string, signal: AbortSignal) => Promise<number[]>
/** Upsert by document id: running the job twice writes the same row once. */
export type SaveEmbedding = (documentId: string, vector: number[]) => Promise<void>
export interface QueueSetup { connection: ConnectionOptions, prefix?: string }
type HashWriter = { hset(key: string, field: string, value: string): Promise<number> }
type SignalSource = NodeJS.EventEmitter & { exit(code: number): void }

// #region producer
export function createDocumentsApi(queue: Queue<EmbedJob>) {
  const app = new Hono()
  app.post('/documents/:id/embeddings', async (c) => {
    const body: { text?: unknown } = await c.req.json()
    if (typeof body.text !== 'string' || body.text === '')
      return c.json({ error: 'text must be a non-empty string' }, 400)
    const documentId = c.req.param('id')
    const job = await queue.add('embed', { documentId, text: body.text },
      { jobId: `embed-${documentId}` }) // same document twice: one job
    return c.json({ jobId: job.id }, 202) // accepted, not done
  })
  return app
}
// #endregion producer

// #region retries
export const jobOptions = (backoffMs = 1_000): JobsOptions => ({
  attempts: 3, // 1 try + 2 retries, then "failed"
  backoff: { type: 'exponential', delay: backoffMs }, // 1 s, 2 s
  removeOnComplete: { age: 24 * 3600, count: 1_000 }, // retention:
  removeOnFail: { age: 7 * 24 * 3600 }, // Redis must not grow forever
})
export const createEmbedQueue = (s: QueueSetup, backoffMs?: number) =>
  new Queue<EmbedJob>(EMBED_QUEUE,
    { ...s, defaultJobOptions: jobOptions(backoffMs) })
// #endregion retries

// #region deadline
export class JobTimeoutError extends Error {
  override name = 'JobTimeoutError'
}

export async function processEmbed(job: Job<EmbedJob>, embed: Embedder,
  save: SaveEmbedding, timeoutMs = 30_000): Promise<EmbedResult> {
  // BullMQ never kills a running job: the deadline is ours to enforce
  using budget = deadline(timeoutMs,
    () => new JobTimeoutError(`job ${job.id} > ${timeoutMs} ms`))
  const vector = await embed(job.data.text, budget.signal)
  await save(job.data.documentId, vector)
  return { documentId: job.data.documentId, dimensions: vector.length }
}
// #endregion deadline

// #region worker
export interface WorkerSetup extends QueueSetup {
  embed: Embedder, save: SaveEmbedding
  concurrency?: number, limit?: { max: number, duration: number }
  lockDuration?: number, stalledInterval?: number, timeoutMs?: number
}
export function createEmbedWorker(s: WorkerSetup) {
  return new Worker<EmbedJob, EmbedResult>(EMBED_QUEUE,
    job => processEmbed(job, s.embed, s.save, s.timeoutMs), {
      connection: s.connection, prefix: s.prefix,
      concurrency: s.concurrency ?? 4, // jobs in flight per process
      limiter: s.limit ?? { max: 10, duration: 1_000 }, // whole queue
      ...stallSettings(s),
    })
}
// #endregion worker

// #region stalled-recovery
// The lock on an active job is renewed every lockDuration / 2. Worker
// dies -> lock expires -> a stalled check moves the job back to waiting.
export const stallSettings =
  (s: { lockDuration?: number, stalledInterval?: number }) => ({
    lockDuration: s.lockDuration ?? 30_000,
    stalledInterval: s.stalledInterval ?? 30_000, // how often to check
    maxStalledCount: 1, // stalled again: "failed", not an endless loop
  })
// So a job may run twice: make its side effects idempotent (upsert by key)
export const redisEmbeddingStore =
  (redis: HashWriter, key = 'embeddings'): SaveEmbedding =>
    async (documentId, vector) => {
      await redis.hset(key, documentId, JSON.stringify(vector))
    }
// #endregion stalled-recovery

// #region worker-shutdown
export function closeOnSignals(worker: Worker, log: Logger,
  graceMs = 25_000, proc: SignalSource = process) {
  let closing: Promise<void> | undefined
  const shutdown = (signal: string) => closing ??= (async () => {
    log.info({ signal, graceMs }, 'worker_shutdown_started')
    // a job still running at graceMs stalls and is retried elsewhere
    const force = setTimeout(() => void worker.close(true), graceMs)
    await worker.close() // stop fetching, finish active jobs, close Redis
    clearTimeout(force)
    log.info('worker_shutdown_complete')
  })()
  for (const signal of ['SIGTERM', 'SIGINT'])
    proc.once(signal, () => void shutdown(signal).then(() => proc.exit(0)))
  return shutdown
}
// #endregion worker-shutdown
