import { Job, QueueEvents, type Queue, type Worker } from 'bullmq'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { lineLogger } from '../../../../snippets/core-concepts/structured-logging/bind.ts'
import { startRedisServer, type RedisServer } from '../../../../tests/support/redis-server.ts'
import { createDocumentApi, createDocumentQueue, createDocumentWorker, DOCUMENT_QUEUE, type DocumentDeps, type EmbedDocument } from './document-api.ts'

let redis: RedisServer
let cleanups: (() => Promise<unknown>)[] = []
let seq = 0
beforeAll(async () => { redis = await startRedisServer() })
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
  cleanups = []
})
afterAll(async () => { await redis.stop() })

function setup(failFirstEmbed = false, emailFails = false) {
  const c = { connection: { host: redis.host, port: redis.port }, prefix: `ex${process.pid}-${++seq}` }
  const logs: { level: string, msg: string, requestId?: string }[] = []
  const emails: string[] = []
  const saved = new Map<string, number[]>()
  const emailGate = Promise.withResolvers<void>()
  let embedCalls = 0
  const deps: DocumentDeps = {
    log: lineLogger(line => logs.push(JSON.parse(line) as { level: string, msg: string })),
    storeDocument: async () => {},
    sendConfirmation: async (id) => {
      await emailGate.promise
      if (emailFails) throw new Error('SMTP down')
      emails.push(id)
    },
    embed: async (text) => {
      if (++embedCalls === 1 && failFirstEmbed) throw new Error('injected failure')
      return [...text].map(ch => ch.charCodeAt(0))
    },
    saveEmbedding: async (id, vector) => { saved.set(id, vector) },
  }
  const queue: Queue<EmbedDocument> = createDocumentQueue(c, 50)
  const events = new QueueEvents(DOCUMENT_QUEUE, c)
  const api = createDocumentApi(deps, queue)
  cleanups.push(() => queue.close(), () => events.close())
  const startWorker = () => {
    const worker: Worker = createDocumentWorker(c, deps)
    cleanups.push(() => worker.close())
    return worker
  }
  // The email below waits for the test: a route that awaits it inline never answers.
  const post = (text: string) => Promise.race([
    api.app.request('/documents', { method: 'POST', body: JSON.stringify({ text }), headers: { 'X-Request-Id': 'req-7' } }),
    new Promise<never>((_, reject) => setTimeout(reject, 3_000,
      new Error('POST /documents did not answer within 3 s: it is waiting for background work'))),
  ])
  return { queue, events, api, deps, logs, emails, saved, emailGate, startWorker, post, embedCalls: () => embedCalls }
}

describe('document-api', () => {
  it('answers 202 with a job id before the email or the embedding has run', async () => {
    const { api, emails, saved, emailGate, post } = setup()
    const res = await post('hello')
    expect(res.status).toBe(202)
    const body = await res.json() as { id: string, jobId?: string }
    expect(typeof body.jobId).toBe('string')
    expect(emails).toEqual([]) // the email waits for the response
    expect(saved.size).toBe(0) // no worker yet: the job waits in Redis
    emailGate.resolve()
    await api.shutdown()
    expect(emails).toEqual([body.id])
  })

  it('the embedding completes in the worker, retried after an injected first failure', async () => {
    const { queue, events, saved, emailGate, startWorker, post, embedCalls, api } = setup(true)
    emailGate.resolve()
    await events.waitUntilReady()
    const { id, jobId } = await (await post('ab')).json() as { id: string, jobId: string }
    startWorker()
    const job = await Job.fromId(queue, jobId)
    expect(job).toBeDefined()
    await job!.waitUntilFinished(events)
    expect(embedCalls()).toBe(2)
    expect(saved.get(id)).toEqual([97, 98])
    expect((await Job.fromId(queue, jobId))?.opts).toMatchObject({ attempts: 3, backoff: { type: 'exponential' } })
    await api.shutdown()
  })

  it('a failing email is logged with the request id and does not fail the request', async () => {
    const { api, logs, emailGate, post } = setup(false, true)
    expect((await post('x')).status).toBe(202)
    emailGate.resolve()
    await api.shutdown()
    expect(logs.filter(l => l.level === 'error').map(l => [l.msg, l.requestId])).toEqual([['after_response_failed', 'req-7']])
  })

  it('shutdown drains the pending email', async () => {
    const { api, emails, emailGate, post } = setup()
    await post('a')
    await post('b')
    let drained = false
    const draining = api.shutdown().then(() => { drained = true })
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(drained).toBe(false)
    emailGate.resolve()
    await draining
    expect(emails).toEqual(['doc-1', 'doc-2'])
  })
})
