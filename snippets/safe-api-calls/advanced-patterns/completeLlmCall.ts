// The complete gold path: shedding (local) -> user limit (Redis) -> per attempt: breaker (Redis) ->
// queue phase (local token -> vendor token -> permit, one queue deadline) -> call deadline ->
// vendor -> record -> adaptive retry decision. Every dependency is created once per pod. Node
// (Redis) in production; the transport seam keeps the call itself browser-runnable.
import { RateLimiterRes } from 'rate-limiter-flexible'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'
import { abortableSleep, fullJitter } from '../call-patterns/backoff.ts'
import { type CallDeps, callPhase, type LlmRequest, type LlmResponse, newRequestId } from '../call-patterns/callLlm.ts'
import { classify, unwrap } from '../call-patterns/classify.ts'
import {
  BreakerOpenError, CallTimeoutError, ClientAbortError, DeadlineExceededError, errorCode, FinalFailure, LimiterUnavailableError,
  LoadShedError, QueueTimeoutError, RejectedError, TransportError, UpstreamHttpError, UserRateLimitedError, VendorQuotaExceededError,
} from '../call-patterns/errors.ts'
import { clampToBudget, retryAfterHeader } from '../call-patterns/retryAfter.ts'
import { deadline } from '../concurrency-and-timeouts/deadline.ts'
import type { Semaphore } from '../core-concepts/semaphore.ts'
import { retriesAllowed, type RetrySignals } from './adaptiveRetry.ts'
import { type Outcome, outcomeOf } from './breakerStateMachine.ts'
import type { LocalMetrics } from './localMetrics.ts'
import { shed, type Tier } from './loadShedding.ts'
import { QueueFullError } from './priorityQueue.ts'
import type { Breaker } from './redisBreaker.ts'

export interface UserCtx { id: string, tier: Tier }

/** CallDeps.queue is kubernetes/podLayers.ts's queuePhaseWithGlobalToken (local -> vendor -> permit). */
export interface FullDeps extends CallDeps {
  slaMs: number
  breaker: Breaker // shared (Redis)
  users: RateLimiterAbstract // shared (rate-limiter-flexible on Redis), points per user
  permits: Semaphore // local: the shedding rules read its waiters
  metrics: LocalMetrics // local
  pressure: () => number // local: systemPressure.ts
}

// #region shed
export async function completeLlmCall(
  req: LlmRequest, user: UserCtx, d: FullDeps, signal: AbortSignal,
): Promise<LlmResponse> {
  // 1. the cheapest refusal first: nothing below has been touched yet
  const p95Ms = d.metrics.p95Ms()
  shed({ waiting: d.permits.waiting, p95Ms, slaMs: d.slaMs, tier: user.tier, pressure: d.pressure() })
  await userLimit(d.users, user) // 2. fairness across pods (Redis)
  using sla = deadline(d.slaMs, () => new DeadlineExceededError(), signal) // 3. one clock from here
  const id = req.requestId ?? newRequestId()
  return await adaptiveLoop({ ...req, budget: sla.remaining }, d, sla.signal, id) // await: SLA stays armed
}
// #endregion shed

// #region userLimit
async function userLimit(users: RateLimiterAbstract, user: UserCtx): Promise<void> {
  try {
    await users.consume(user.id)
  }
  catch (rejection) { // a RateLimiterRes is "no"; anything else is Redis failing: fail closed
    if (rejection instanceof RateLimiterRes) throw new UserRateLimitedError(rejection.msBeforeNext)
    throw new LimiterUnavailableError({ cause: rejection })
  }
}
// #endregion userLimit

// #region attempt
async function attempt(req: LlmRequest, d: FullDeps, signal: AbortSignal, id: string, n: number) {
  await d.breaker.allow() // open: BreakerOpenError, nothing spent; checked EVERY attempt
  const queued = performance.now()
  const permit = await d.queue(signal, () => {}) // local token -> vendor token -> permit
  d.metrics.recordQueueWait(performance.now() - queued)
  const started = performance.now()
  let outcome: Outcome = 'success'
  try {
    using _permit = permit // released before record() and before any backoff sleep
    return await callPhase(req, d, signal, id, n) // own call deadline, down to the socket
  }
  catch (err) { outcome = outcomeOf(err); throw err }
  finally { await record(d, outcome, performance.now() - started) }
}
// #endregion attempt

// #region record
async function record(d: FullDeps, outcome: Outcome, durationMs: number): Promise<void> {
  d.metrics.recordCall({ outcome, durationMs, at: Date.now() }) // readiness, shedding, budget
  await d.breaker.record(outcome) // only vendor faults count; neutral outcomes are not even sent
}
// #endregion record

// #region adaptiveLoop
async function adaptiveLoop(req: LlmRequest, d: FullDeps, signal: AbortSignal, id: string) {
  const errors: unknown[] = []
  for (let n = 0; ; n++) {
    try {
      return await attempt(req, d, signal, id, n)
    }
    catch (thrown) {
      const err = unwrap(thrown)
      errors.push(err)
      const retries = retriesAllowed(signalsOf(d, err)) // re-read before EVERY retry
      const waitMs = n < retries ? delayFor(err, n, req.budget?.() ?? 0, d) : undefined
      if (waitMs === undefined) throw giveUp(err, errors)
      await abortableSleep(waitMs, signal) // holds nothing; the SLA or a disconnect ends it
    }
  }
}
// #endregion adaptiveLoop

function signalsOf(d: FullDeps, last: unknown): RetrySignals {
  const enough = d.metrics.calls.values().length >= 20 // too few samples say nothing
  return {
    breakerOpen: last instanceof BreakerOpenError, avgQueueWaitMs: d.metrics.avgQueueWaitMs(),
    pressure: d.pressure(), errorRate: enough ? d.metrics.errorRate() : 0,
  }
}

/** ms to sleep before the next attempt, or undefined to stop now (call-patterns' rules). */
function delayFor(err: unknown, n: number, remainingMs: number, d: FullDeps): number | undefined {
  const decision = classify(err, n)
  if (decision.action === 'stop') return undefined
  if (decision.action === 'wait-then-retry' && decision.retryAfterMs !== undefined) {
    const advice = clampToBudget(decision.retryAfterMs, remainingMs) // longer than the SLA: pass it on
    return advice.action === 'sleep' ? advice.ms : undefined
  }
  const ms = decision.action === 'retry' ? fullJitter(n, d.backoff, d.rand) : d.backoff.capMs
  return ms < remainingMs ? ms : undefined
}

function giveUp(err: unknown, errors: unknown[]): unknown {
  if (err instanceof UpstreamHttpError && err.status === 429) return err // its advice goes to our caller
  const vendorSide = [UpstreamHttpError, TransportError, CallTimeoutError].some(cls => err instanceof cls)
  return vendorSide ? new FinalFailure(errors, 'the vendor call failed', { cause: err }) : err
}

// #region mapErrors
/** One mapping for every route: an actionable status, a stable code, Retry-After when useful. */
export function errorToResponse(err: unknown): Response {
  const reply = (status: number, retryAfterMs?: number) => Response.json({ error: errorCode(err).toLowerCase() },
    { status, headers: retryAfterMs === undefined ? {} : { 'retry-after': retryAfterHeader(retryAfterMs) } })
  if (err instanceof DeadlineExceededError) return reply(504) // the SLA ended first
  if (err instanceof QueueTimeoutError) return reply(503, 1_000) // our congestion: come back soon
  if (err instanceof UpstreamHttpError && err.status === 429) return reply(429, err.retryAfterMs ?? 1_000)
  if (err instanceof FinalFailure) return reply(502) // vendor failed every attempt; never its text
  if (err instanceof LoadShedError) return reply(err.status, err.retryAfterMs)
  const slowDown = [UserRateLimitedError, VendorQuotaExceededError, QueueFullError].find(c => err instanceof c)
  if (slowDown && err instanceof RejectedError) return reply(429, err.retryAfterMs) // quota, queue full
  if (err instanceof RejectedError) return reply(503, err.retryAfterMs) // breaker open, store down
  if (err instanceof ClientAbortError) return new Response(null, { status: 499 }) // nobody listens
  return reply(500)
}
// #endregion mapErrors
