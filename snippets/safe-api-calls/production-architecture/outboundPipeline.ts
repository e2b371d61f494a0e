// Layer 5, outbound vendor protection: the guide's sequence (queue deadline 5 s around local token
// -> global vendor token, waiting at most 3 s -> permit; then a call deadline) with the kit's
// decisions: a vendor-quota refusal is NOT retried (429 at once), call timeouts are retried once
// and end as 502 FinalFailure; 504 belongs to the request's SLA. Node only (Redis).
import { callLlm, type CallDeps, type LlmRequest, type LlmResponse, type Transport } from '../call-patterns/callLlm.ts'
import { classify } from '../call-patterns/classify.ts'
import { Semaphore } from '../core-concepts/semaphore.ts'
import { TokenBucket } from '../core-concepts/tokenBucket.ts'
import { GlobalVendorLimiter, type GlobalLimiterOptions } from '../kubernetes/globalLimiter.ts'
import { queuePhaseWithGlobalToken } from '../kubernetes/podLayers.ts'

export interface OutboundConfig {
  permits: number // guide: 50
  localPerSec: number // guide: 80 per minute (optional smoothing)
  queueMs: number // guide: 5 s, covers all three waits together
  vendorWaitMs: number // guide: 3 s, inside the queue phase
  callMs: number // guide: 30 s + margin, per attempt, down to the socket
  vendor: Omit<GlobalLimiterOptions, 'maxWaitMs'>
}

export const GUIDE_OUTBOUND = { permits: 50, localPerSec: 80 / 60, queueMs: 5_000, vendorWaitMs: 3_000, callMs: 32_000 }

export interface Outbound {
  permits: Semaphore
  local: TokenBucket
  vendor: GlobalVendorLimiter
  call: CallDeps
  run: (req: LlmRequest, signal: AbortSignal) => Promise<LlmResponse>
}

// #region pipeline
/** Created ONCE per pod; requests only borrow from it. */
export function outboundPipeline(cfg: OutboundConfig, transport: Transport, baseUrl: string): Outbound {
  const permits = new Semaphore(cfg.permits)
  const burst = Math.max(1, Math.ceil(cfg.localPerSec))
  const local = new TokenBucket({ ratePerSec: cfg.localPerSec, burst })
  const vendor = new GlobalVendorLimiter({ ...cfg.vendor, maxWaitMs: cfg.vendorWaitMs })
  const call: CallDeps = {
    transport, url: `${baseUrl}/v1/chat/completions`,
    callMs: cfg.callMs, backoff: { baseMs: 20, capMs: 200 },
    queue: queuePhaseWithGlobalToken(local, vendor, permits, cfg.queueMs), // token -> vendor token -> permit
  }
  return { permits, local, vendor, call, run: (req, signal) => callLlm(req, call, signal) }
}
// #endregion pipeline

// #region quotaNotRetried
/** The guide's part 5 retries a quota refusal with backoff; the kit stops: the wait was the budget. */
export function retriedByPipeline(err: unknown, attempt: number): boolean {
  return classify(err, attempt).action !== 'stop' // VendorQuotaExceededError, QueueTimeoutError: stop
}
// #endregion quotaNotRetried
