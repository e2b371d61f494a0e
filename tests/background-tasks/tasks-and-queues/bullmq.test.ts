import { spawn, type ChildProcess } from 'node:child_process'
import { Job, QueueEvents, type Worker } from 'bullmq'
import { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'
import {
  createDocumentsApi, createEmbedQueue, createEmbedWorker, EMBED_QUEUE, redisEmbeddingStore,
  type EmbedJob, type EmbedResult, type WorkerSetup,
} from '../../../snippets/background-tasks/tasks-and-queues/bullmq.ts'
import { captureConsole } from '../../support/capture-console.ts'
import { redisTestBed } from '../../support/redis-test-bed.ts'
import { lagMonitor } from '../../support/timing.ts'

const bed = redisTestBed()
const { connection } = bed
function setup() {
  const prefix = bed.prefix('q')
  const queue = createEmbedQueue({ connection: connection(), prefix }, 100)
  const events = new QueueEvents(EMBED_QUEUE, { connection: connection(), prefix })
  const redis = new Redis(bed.server.port, bed.server.host)
  bed.cleanup(() => queue.close(), () => events.close(), () => redis.quit())
  const worker = (s: Omit<WorkerSetup, 'connection' | 'prefix'>): Worker<EmbedJob, EmbedResult> => {
    const w = createEmbedWorker({ connection: connection(), prefix, ...s })
    bed.cleanup(() => w.close())
    return w
  }
  const finished = async (id: string) => {
    const job = await Job.fromId<EmbedJob, EmbedResult>(queue, id)
    if (!job) throw new Error(`no job ${id}`)
    return job.waitUntilFinished(events)
  }
  const store = redisEmbeddingStore(redis, `${prefix}:embeddings`)
  return { prefix, queue, events, redis, worker, finished, store }
}

function startWorkerProcess(prefix: string) {
  const child = spawn(process.execPath, [new URL('./worker-process.ts', import.meta.url).pathname], {
    env: { ...process.env, REDIS_PORT: String(bed.server.port), QUEUE_PREFIX: prefix },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString() })
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  bed.cleanup(async () => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); await exited })
  const logged = (event: string) => new Promise<void>((resolve) => {
    const check = () => { if (stdout.includes(`"msg":"${event}"`)) { child.stdout.off('data', check); resolve() } }
    child.stdout.on('data', check)
    check()
  })
  return { child: child as ChildProcess, exited, logged, stdout: () => stdout }
}

describe('producer and worker', () => {
  it('the API answers 202 with a job id; the worker result arrives via queue events', async () => {
    const { prefix, queue, redis, worker, finished, store } = setup()
    await worker({ embed: async text => text.split(' ').map(w => w.length), save: store }).waitUntilReady()
    const app = createDocumentsApi(queue)
    const res = await app.request('/documents/doc-1/embeddings', { method: 'POST', body: JSON.stringify({ text: 'hello queued world' }) })
    expect(res.status).toBe(202)
    const { jobId } = await res.json() as { jobId: string }
    expect(jobId).toBe('embed-doc-1')
    expect(await finished(jobId)).toEqual({ documentId: 'doc-1', dimensions: 3 })
    expect(await redis.hget(`${prefix}:embeddings`, 'doc-1')).toBe('[5,6,5]')
  })

  it('the same document posted twice is one job; bad input is a 400', async () => {
    const { queue } = setup()
    const app = createDocumentsApi(queue)
    const post = (body: unknown) => app.request('/documents/doc-2/embeddings', { method: 'POST', body: JSON.stringify(body) })
    const first = await (await post({ text: 'a' })).json() as { jobId: string }
    const second = await (await post({ text: 'a' })).json() as { jobId: string }
    expect(second.jobId).toBe(first.jobId)
    expect(await queue.getJobCountByTypes('waiting')).toBe(1)
    const bad = await post({ text: '' })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ error: 'text must be a non-empty string' })
  })
})

describe('retries, backoff, timeouts, rate limits', () => {
  it('fails twice then succeeds on attempt 3, with exponential gaps (100 ms, then 200 ms)', async () => {
    const { prefix, queue, redis, worker, finished, store } = setup()
    const starts: number[] = []
    worker({
      save: store,
      embed: async () => {
        starts.push(performance.now())
        if (starts.length < 3) throw new Error(`vendor 503 #${starts.length}`)
        return [1]
      },
    })
    const job = await queue.add('embed', { documentId: 'd', text: 't' })
    expect(await finished(job.id!)).toEqual({ documentId: 'd', dimensions: 1 })
    const done = await Job.fromId(queue, job.id!)
    expect(done?.attemptsMade).toBe(3)
    const [a = 0, b = 0, c = 0] = starts
    expect(b - a).toBeGreaterThanOrEqual(95)
    expect(c - b).toBeGreaterThanOrEqual(195)
    expect(c - a).toBeLessThan(10_000)
  })

  it('retries stop: a job that always fails ends "failed" after exactly 3 attempts', async () => {
    const { prefix, queue, redis, worker, finished, store } = setup()
    let calls = 0
    worker({ save: store, embed: async () => { calls++; throw new Error('still down') } })
    const job = await queue.add('embed', { documentId: 'd', text: 't' })
    await expect(finished(job.id!)).rejects.toThrow('still down')
    expect(await job.getState()).toBe('failed')
    expect(calls).toBe(3)
  })

  it('the processor enforces its own deadline through the AbortSignal', async () => {
    const { prefix, queue, redis, worker, finished, store } = setup()
    worker({
      timeoutMs: 50,
      save: store,
      embed: (_text, signal) => new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true })
      }),
    })
    const job = await queue.add('embed', { documentId: 'd', text: 't' }, { attempts: 1 })
    await expect(finished(job.id!)).rejects.toThrow(/job \S+ > 50 ms/)
    expect(await redis.hlen(`${prefix}:embeddings`)).toBe(0)
  })

  it('the rate limiter never starts more than 2 jobs per 400 ms', async () => {
    const { prefix, queue, redis, worker, finished, store } = setup()
    const starts: number[] = []
    using lag = lagMonitor() // a late start in one window must not look like an early one in the next
    worker({ concurrency: 4, limit: { max: 2, duration: 400 }, save: store,
      embed: async () => { starts.push(performance.now()); return [1] } })
    const jobs = await queue.addBulk(Array.from({ length: 6 }, (_, i) => ({ name: 'embed', data: { documentId: `d${i}`, text: 't' } })))
    await Promise.all(jobs.map(j => finished(j.id!)))
    expect(starts).toHaveLength(6)
    starts.sort((x, y) => x - y)
    const window = 400 - await lag.slack()
    for (let i = 0; i + 2 < starts.length; i++) // any 3 consecutive starts span at least one window
      expect(starts[i + 2]! - starts[i]!).toBeGreaterThanOrEqual(window)
  })
})

describe('crashes and shutdown (worker in a child process)', () => {
  it('SIGKILL mid-job: the lock expires, the job is stalled and another worker completes it once', async () => {
    const { prefix, queue, events, redis, worker, finished } = setup()
    const stalled = new Promise<string>(resolve => events.on('stalled', ({ jobId }) => resolve(jobId)))
    await events.waitUntilReady()
    const proc = startWorkerProcess(prefix)
    const job = await queue.add('embed', { documentId: 'doc-k', text: 'k' }, { jobId: 'embed-doc-k' })
    expect(await redis.blpop(`${prefix}:started`, 20)).toEqual([`${prefix}:started`, 'k']) // active in the child
    proc.child.kill('SIGKILL')
    await proc.exited
    let rescues = 0
    worker({ lockDuration: 1_000, stalledInterval: 200, save: redisEmbeddingStore(redis, `${prefix}:embeddings`),
      embed: async () => { rescues++; return [7, 7] } })
    expect(await stalled).toBe(job.id)
    expect(await finished(job.id!)).toEqual({ documentId: 'doc-k', dimensions: 2 })
    expect(rescues).toBe(1)
    expect(await redis.hgetall(`${prefix}:embeddings`)).toEqual({ 'doc-k': '[7,7]' }) // ran twice, stored once
  })

  it('SIGTERM: the worker finishes its active job, takes no new one and exits 0', async () => {
    const { prefix, queue, redis, finished } = setup()
    const proc = startWorkerProcess(prefix)
    const a = await queue.add('embed', { documentId: 'doc-a', text: 'a' })
    expect(await redis.blpop(`${prefix}:started`, 20)).toEqual([`${prefix}:started`, 'a'])
    const b = await queue.add('embed', { documentId: 'doc-b', text: 'b' })
    proc.child.kill('SIGTERM')
    await proc.logged('worker_shutdown_started')
    await redis.rpush(`${prefix}:release:a`, 'go') // the active job may now finish
    expect(await proc.exited).toBe(0)
    expect(await finished(a.id!)).toEqual({ documentId: 'doc-a', dimensions: 3 })
    expect(await b.getState()).toBe('waiting') // left for the next worker, not lost
    expect(await redis.llen(`${prefix}:started`)).toBe(0)
    expect(proc.stdout()).toContain('"msg":"worker_shutdown_complete"')
  })
})

describe('demo', () => {
  it('202 first, then two failed attempts and a completed third', async () => {
    const lines = await captureConsole(() => import('../../../snippets/background-tasks/tasks-and-queues/bullmq.demo.ts'))
    expect(lines).toEqual([
      'API answered 202 {"jobId":"embed-doc-1"}',
      'attempt 1: vendor 503 on try 1',
      'attempt 2: vendor 503 on try 2',
      'attempt 3: {"documentId":"doc-1","dimensions":3}',
    ])
  })
})
