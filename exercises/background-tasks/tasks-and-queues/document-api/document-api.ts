// POST /documents does everything inline: store, email, embeddings. The client waits for all of
// it, an email failure fails the request, and an embedding lost to a crash is never redone.
// TODO: email -> an after-response task; embeddings -> a BullMQ job done by the worker below.
import { Queue, Worker, type ConnectionOptions } from 'bullmq'
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import type { Logger } from 'pino'

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
  void backoffMs // TODO: default job options: 3 attempts, exponential backoff from backoffMs
  return new Queue<EmbedDocument>(DOCUMENT_QUEUE, c)
}

export function createDocumentApi(deps: DocumentDeps, queue: Queue<EmbedDocument>) {
  void queue // TODO: enqueue the embedding instead of computing it here
  const app = new Hono()
  app.use(requestId())
  let next = 0
  app.post('/documents', async (c) => {
    const { text }: { text?: unknown } = await c.req.json()
    if (typeof text !== 'string' || text === '')
      return c.json({ error: 'text must be a non-empty string' }, 400)
    const id = `doc-${++next}`
    await deps.storeDocument(id, text)
    await deps.sendConfirmation(id) // TODO: after the response, supervised
    await deps.saveEmbedding(id, await deps.embed(text)) // TODO: a job for the worker
    return c.json({ id }, 201) // TODO: 202 with { id, jobId }
  })
  const shutdown = async () => {} // TODO: drain the pending after-response tasks
  return { app, shutdown }
}

/** The worker process's part: in production its own entry point and container. */
export function createDocumentWorker(c: QueueConnection, deps: DocumentDeps) {
  void deps // TODO: embed the document and save the vector
  return new Worker<EmbedDocument, number>(DOCUMENT_QUEUE, async () => 0, c)
}
