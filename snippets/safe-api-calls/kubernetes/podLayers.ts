// The pod-level composition later decks build on: local smoothing token -> global vendor token
// (Redis) -> permit, all under ONE queue deadline that is disarmed before the call. Node only.
import type { Redis } from 'ioredis'
import { type CallDeps, type QueuePhase, type Transport } from '../call-patterns/callLlm.ts'
import { QueueTimeoutError } from '../call-patterns/errors.ts'
import { deadline } from '../concurrency-and-timeouts/deadline.ts'
import { Semaphore } from '../core-concepts/semaphore.ts'
import { TokenBucket } from '../core-concepts/tokenBucket.ts'
import { GlobalVendorLimiter, type VendorLimiter } from './globalLimiter.ts'

// #region queuePhaseWithGlobalToken
/** Cheap waits first, the scarce permit last: never hold
 *  a permit while waiting for a vendor token. */
export function queuePhaseWithGlobalToken(
  local: TokenBucket,
  vendor: VendorLimiter,
  permits: Semaphore,
  queueMs: number,
): QueuePhase {
  return async (signal, log) => {
    // one deadline covers all three waits
    const timeout = () => new QueueTimeoutError()
    using queue = deadline(queueMs, timeout, signal)
    log('acquiring_rate_token', {})
    await local.take(queue.signal) // 1. this pod's smoothing
    log('acquiring_vendor_token', {})
    // 2. the contract, cluster-wide (VendorQuotaExceededError: 429)
    await vendor.acquire(queue.signal)
    log('acquiring_permit', {})
    return await permits.acquire(queue.signal) // 3. this pod's capacity
  } // the queue clock ends here: it never bleeds into the call
}
// #endregion queuePhaseWithGlobalToken

export interface PodConfig {
  permits: number // from the machine: CPU, memory, sockets (20-50 small pods), never from the vendor
  localPerSec: number // permits / avg latency x 0.7-0.9 (capacityMath.ts)
  queueMs: number // production 5 s
  callMs: number
  vendor: { redis: Redis, key: string, limit: number, windowMs: number } // the contract, exactly
}

// #region podDeps
/** Everything a pod creates ONCE at startup; requests only borrow from it. */
export function podDeps(cfg: PodConfig, transport: Transport, baseUrl: string) {
  const permits = new Semaphore(cfg.permits)
  const local = new TokenBucket({ ratePerSec: cfg.localPerSec, burst: Math.max(1, Math.ceil(cfg.localPerSec)) })
  // The vendor wait fits inside the queue phase (guide: 3 s inside 5 s), so it ends as a 429, not a 503.
  const vendor = new GlobalVendorLimiter({ ...cfg.vendor, maxWaitMs: Math.floor(cfg.queueMs * 0.6) })
  const call: CallDeps = {
    transport, url: `${baseUrl}/v1/chat/completions`, callMs: cfg.callMs, backoff: { baseMs: 20, capMs: 200 },
    queue: queuePhaseWithGlobalToken(local, vendor, permits, cfg.queueMs),
  }
  return { permits, local, vendor, call }
}
// #endregion podDeps
