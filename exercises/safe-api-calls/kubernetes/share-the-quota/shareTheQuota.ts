// Exercise: three pods, one vendor contract. See README.md.
import { Redis } from 'ioredis'
import type { Transport } from '../../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { Semaphore } from '../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { TokenBucket } from '../../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'

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
  // TODO: this bucket only counts THIS pod's calls, so three pods send three times the contract.
  // Replace it with the Redis GlobalVendorLimiter (snippets/safe-api-calls/kubernetes/globalLimiter.ts):
  // this pod's own Redis connection, the shared quotaKey, limit = contractPerSec, a 1 s window.
  const quota = new TokenBucket({ ratePerSec: o.contractPerSec, burst: 1 })
  const redis = new Redis(o.redisUrl, { enableOfflineQueue: false, lazyConnect: true })
  return {
    id,
    async call(signal) {
      await quota.take(signal) // the vendor-facing limit: first, before the permit
      using _permit = await permits.acquire(signal)
      const res = await o.transport(new Request(o.vendorUrl, {
        method: 'POST', body: '{"messages":[{"role":"user","content":"hi"}]}', headers: { 'x-fake-scenario': id },
      }), signal)
      await res.body?.cancel()
    },
    close: async () => { redis.disconnect() },
  }
}
