// Simulated pods: independent client instances (own pool, own limiter, no shared JS objects) calling
// one vendor; in-process, or as forked child processes to make the isolation undeniable. Node only.
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Redis } from 'ioredis'
import { TokenBucket } from '../core-concepts/tokenBucket.ts'
import { createVendorPool, productionTransport } from '../core-concepts/vendorPool.ts'
import { GlobalVendorLimiter } from './globalLimiter.ts'

export type PodLimit =
  | { kind: 'local', ratePerSec: number } // each pod's own bucket, set to the vendor's rate
  | { kind: 'global', redisUrl: string, key: string, limit: number, windowMs: number } // one shared window

export interface PodPlan {
  podId: string
  vendorUrl: string
  durationMs: number
  attemptEveryMs: number // how often the pod's traffic wants to call the vendor
  limit: PodLimit
}

/** `tryAdmit` answers with the admission time (ms, the limiter's own clock), or undefined. */
export interface Admission { tryAdmit: () => Promise<number | undefined>, close: () => Promise<void> }

export interface PodResult { podId: string, sent: number }

// #region localLimiterPerPod
/** Built INSIDE each pod from plain data: a bucket that only counts this pod's calls. */
async function admissionFor(limit: PodLimit): Promise<Admission> {
  if (limit.kind === 'local') {
    const bucket = new TokenBucket({ ratePerSec: limit.ratePerSec, burst: 1 })
    const tryAdmit = async () => (bucket.tryTake() ? Date.now() : undefined)
    return { tryAdmit, close: async () => {} }
  }
  const redis = new Redis(limit.redisUrl, { enableOfflineQueue: false }) // per pod
  await new Promise<void>(resolve => redis.once('ready', () => resolve()))
  const { key, windowMs } = limit
  const shared = new GlobalVendorLimiter({ redis, key, limit: limit.limit, windowMs })
  const tryAdmit = async () => {
    const admission = await shared.tryAcquire()
    return admission.admitted ? admission.atMs : undefined // Redis TIME: one clock
  }
  return { tryAdmit, close: async () => { await redis.quit() } }
}
// #endregion localLimiterPerPod

/** One pod: every attemptEveryMs it asks its limiter, and calls the vendor when admitted.
 *  `ready` resolves when every pod is set up, so the pods' traffic really overlaps. */
export async function runPod(plan: PodPlan, ready: () => Promise<void> = async () => {}): Promise<PodResult> {
  const pool = createVendorPool({ ...productionTransport(plan.vendorUrl), connections: 4 })
  const admission = await admissionFor(plan.limit)
  await Promise.all([1, 2, 3, 4].map(() => // a ready pod has its sockets open before traffic arrives
    pool.request({ path: '/health', method: 'GET' }).then(res => res.body.dump())))
  const calls: Promise<unknown>[] = []
  try {
    await ready()
    const until = performance.now() + plan.durationMs
    while (performance.now() < until) {
      const admittedAt = await admission.tryAdmit()
      if (admittedAt !== undefined) {
        calls.push(pool.request({
          path: '/v1/chat/completions', method: 'POST', body: '{"messages":[{"role":"user","content":"hi"}]}',
          // The vendor's log then shows who sent each call and when it was admitted.
          headers: { 'content-type': 'application/json', 'x-client-id': plan.podId, 'x-request-id': `${plan.podId}@${admittedAt}` },
        }).then(res => res.body.dump()))
      }
      await new Promise(resolve => setTimeout(resolve, plan.attemptEveryMs))
    }
    await Promise.all(calls)
    return { podId: plan.podId, sent: calls.length }
  }
  finally {
    await admission.close()
    await pool.close()
  }
}

/** A start line: resolves for everyone once `n` pods have arrived. */
function startLine(n: number): () => Promise<void> {
  const go = Promise.withResolvers<void>()
  let arrived = 0
  return () => {
    if (++arrived === n)
      go.resolve()
    return go.promise
  }
}

// #region spawnPods
/** n pods in this process: separate objects, nothing shared but the vendor URL. */
export function spawnPods(n: number, plan: Omit<PodPlan, 'podId'>) {
  const ready = startLine(n)
  const ids = Array.from({ length: n }, (_, i) => `pod-${i + 1}`)
  return Promise.all(ids.map(podId => runPod({ ...plan, podId }, ready)))
}

/** n pods as child processes: separate heaps, separate event loops, like real pods. */
export async function forkPods(n: number, plan: Omit<PodPlan, 'podId'>) {
  const ready = startLine(n)
  const forkOne = (podId: string) => new Promise<PodResult>((resolve, reject) => {
    const args = ['--pod', JSON.stringify({ ...plan, podId })]
    const child = fork(fileURLToPath(import.meta.url), args, { execArgv: [] })
    child.on('message', (message: Partial<PodResult> & { ready?: true }) => {
      if (message.ready)
        void ready().then(() => child.send('go')) // all started: run together
      else resolve({ podId: String(message.podId), sent: Number(message.sent) })
    })
    child.once('error', reject)
    child.once('exit', code => code === 0 || reject(new Error(`pod exited with ${code}`)))
  })
  return Promise.all(Array.from({ length: n }, (_, i) => forkOne(`proc-${i + 1}`)))
}
// #endregion spawnPods

/** The admission time a pod stamped into a request id (`pod-1@1712345678901`). */
export const admittedAt = (requestId: string | undefined): number => Number(requestId?.split('@')[1] ?? Number.NaN)

/** The most timestamps that fit in any window of `windowMs` (what a vendor's rate limiter checks). */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let best = 0
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs)
      start++
    best = Math.max(best, end - start + 1)
  }
  return best
}

// A forked pod: set up from argv, say ready, run on "go", report back over IPC, exit.
if (process.argv[2] === '--pod' && process.send) {
  const send = process.send.bind(process)
  const go = new Promise<void>(resolve => process.once('message', () => resolve()))
  const result = await runPod(JSON.parse(process.argv[3] ?? '{}') as PodPlan, async () => {
    send({ ready: true })
    await go
  })
  send(result, () => process.exit(0))
}
