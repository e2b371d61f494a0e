// Solution: three pods, one vendor contract. See README.md.
import { Redis } from 'ioredis'
import type { Transport } from '../../../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { Semaphore } from '../../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { GlobalVendorLimiter } from '../../../../../snippets/safe-api-calls/kubernetes/globalLimiter.ts'

export interface PodOptions {
  transport: Transport // how this pod reaches the vendor
  vendorUrl: string
  permits: number // this pod's capacity: keep it
  contractPerSec: number // the vendor's limit for ALL pods together
  redisUrl: string // the shared Redis
  quotaKey: string // the key of the shared vendor window
}

export interface Pod {
  id: string
  /** One vendor call: waits for the quota and a permit (abortable), then calls. */
  call: (signal: AbortSignal) => Promise<void>
  close: () => Promise<void>
}

export async function createPod(id: string, o: PodOptions): Promise<Pod> {
  const permits = new Semaphore(o.permits)
  // One window for the whole fleet: this pod's own connection, the SAME key in every pod.
  const redis = new Redis(o.redisUrl, { enableOfflineQueue: false, lazyConnect: true })
  await redis.connect()
  const quota = new GlobalVendorLimiter({ redis, key: o.quotaKey, limit: o.contractPerSec, windowMs: 1_000 })
  return {
    id,
    async call(signal) {
      await quota.acquire(signal) // the vendor-facing limit: first, before the permit
      using _permit = await permits.acquire(signal)
      const res = await o.transport(new Request(o.vendorUrl, {
        method: 'POST', body: '{"messages":[{"role":"user","content":"hi"}]}', headers: { 'x-fake-scenario': id },
      }), signal)
      await res.body?.cancel()
    },
    close: async () => { await redis.quit() },
  }
}
