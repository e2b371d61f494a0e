// The cost of sleeping with a permit: the same retry policy, once with the permit held across the
// backoff sleep (wrong) and once with callLlm, which releases it after every attempt (right).
// Browser-runnable: the mechanism is the permit and the sleep, not the socket.
import type { Semaphore } from '../core-concepts/semaphore.ts'
import { abortableSleep, fullJitter } from './backoff.ts'
import { callLlm, callPhase, type CallDeps, type LlmRequest, type LlmResponse, newRequestId, scaledDeps, type Transport } from './callLlm.ts'
import { classify, unwrap } from './classify.ts'
import { QueueTimeoutError } from './errors.ts'

type Caller = (req: LlmRequest, deps: CallDeps, signal: AbortSignal) => Promise<LlmResponse>

// #region insidePermit
/** WRONG: one permit for the whole loop, so the backoff sleep holds capacity nobody uses. */
export async function callHoldingPermit(req: LlmRequest, deps: CallDeps, signal: AbortSignal): Promise<LlmResponse> {
  const id = req.requestId ?? newRequestId()
  using _permit = await deps.queue(signal, () => {})
  for (let attempt = 0; ; attempt++) {
    try {
      return await callPhase(req, deps, signal, id, attempt)
    }
    catch (err) {
      if (classify(unwrap(err), attempt).action === 'stop')
        throw err
      await abortableSleep(fullJitter(attempt, deps.backoff, deps.rand), signal) // permit still held
    }
  }
}
// #endregion insidePermit

export interface BurstResult { ok: number, queueTimeouts: number, ms: number }

// #region outsidePermit
/** RIGHT: callLlm acquires, calls and releases per attempt; it sleeps holding nothing. */
export const callReleasingPermit: Caller = callLlm

/** n concurrent requests through one caller: how many made it, how many hit the queue deadline. */
export async function burst(call: Caller, n: number, deps: CallDeps): Promise<BurstResult> {
  const started = Date.now()
  const results = await Promise.allSettled(Array.from({ length: n }, (_, i) =>
    call({ messages: [{ role: 'user', content: `q${i}` }], requestId: `burst-${i}` }, deps, new AbortController().signal)))
  const queueTimeouts = results.filter(r => r.status === 'rejected' && r.reason instanceof QueueTimeoutError).length
  return { ok: results.filter(r => r.status === 'fulfilled').length, queueTimeouts, ms: Date.now() - started }
}
// #endregion outsidePermit

/** This slide's scenario: 2 permits, a 300 ms queue deadline, a fixed 200 ms backoff, 1 s per attempt.
 *  `scale` stretches every clock: a busy slide page (not a test) needs room for main-thread jank. */
export const permitRaceDeps = (transport: Transport, baseUrl: string, scale = 1): CallDeps & { permits: Semaphore } =>
  scaledDeps(transport, baseUrl, { queueMs: 300 * scale, callMs: 1_000 * scale, backoff: { baseMs: 400 * scale, capMs: 400 * scale }, rand: () => 0.5 })
