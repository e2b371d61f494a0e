// POST /documents stores the document and answers 202: the email runs after the response
// (supervised, drained on shutdown), the embeddings run as a BullMQ job in the worker.
import { Queue, Worker, type ConnectionOptions } from 'bullmq'
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import type { Logger } from 'pino'
import { createAfterResponse } from '../../../../../snippets/background-tasks/tasks-and-queues/after-response.ts'
import { jobOptions } from '../../../../../snippets/background-tasks/tasks-and-queues/bullmq.ts'

export const DOCUMENT_QUEUE = 'document-embeddings'
export interface EmbedDocument { documentId: string, text: string }
export interface DocumentDeps {
  log: Logger
  storeDocument: (id: string, text: string) => Promise<void> // fast, must not be lost
  sendConfirmation: (id: string) => Promise<void> // short I/O, may be lost
  embed: (text: string) => Promise<number[]> // slow, CPU-heavy, must not be lost
  saveEmbedding: (id: string, vector: number[]) => Promise<void> // idempotent upsert
}
export interface QueueConnection { connection: ConnectionOptions, prefix: string }

export function createDocumentQueue(c: QueueConnection, backoffMs = 1_000) {
  return new Queue<EmbedDocument>(DOCUMENT_QUEUE, { ...c, defaultJobOptions: jobOptions(backoffMs) })
}

export function createDocumentApi(deps: DocumentDeps, queue: Queue<EmbedDocument>) {
  const tasks = createAfterResponse(deps.log)
  const app = new Hono()
  app.use(requestId())
  let next = 0
  app.post('/documents', async (c) => {
    const { text }: { text?: unknown } = await c.req.json()
    if (typeof text !== 'string' || text === '')
      return c.json({ error: 'text must be a non-empty string' }, 400)
    const id = `doc-${++next}`
    await deps.storeDocument(id, text)
    tasks.afterResponse(c, 'confirmation-email', () => deps.sendConfirmation(id))
    const job = await queue.add('embed', { documentId: id, text }, { jobId: `embed-${id}` })
    return c.json({ id, jobId: job.id }, 202)
  })
  const shutdown = () => tasks.drain()
  return { app, shutdown }
}

/** The worker process's part: in production its own entry point and container. */
export function createDocumentWorker(c: QueueConnection, deps: DocumentDeps) {
  return new Worker<EmbedDocument, number>(DOCUMENT_QUEUE, async (job) => {
    const vector = await deps.embed(job.data.text)
    await deps.saveEmbedding(job.data.documentId, vector)
    return vector.length
  }, c)
}
