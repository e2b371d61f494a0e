// The total-time clock: an AbortSignal passed as the request's `signal` ends the WHOLE call (pool
// wait, connect, write, headers, body) and tears the socket down. Node only (undici fetch).
import { fetch } from 'undici'
import type { Dispatcher } from 'undici'
import { deadline } from '../../safe-api-calls/concurrency-and-timeouts/deadline.ts'
import { DeadlineExceededError } from '../../safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import type { FaultPlan } from '../../shared/fake-llm/app.ts'
import { COMPLETIONS, llmRequest } from './llm-request.ts'

/** A streamed completion read to the end under `signal`: the body read obeys it too. */
export async function streamUnder(agent: Dispatcher, vendorUrl: string, faults: FaultPlan,
  signal: AbortSignal): Promise<string> {
  const res = await fetch(`${vendorUrl}${COMPLETIONS}`, { ...llmRequest({ stream: true, faults }), dispatcher: agent, signal })
  return await res.text()
}

// #region abort-signal-timeout
/** Built in: rejects with a DOMException named 'TimeoutError'. */
export const withinBudget = (agent: Dispatcher, url: string, faults: FaultPlan, ms: number) =>
  streamUnder(agent, url, faults, AbortSignal.timeout(ms))
// #endregion abort-signal-timeout

// #region any
/** The caller's cancellation AND the budget: the first to fire wins, with its reason
 *  (caller: 'AbortError', budget: 'TimeoutError'). */
export const withinBudgetOrCancel = (agent: Dispatcher, url: string, faults: FaultPlan,
  ms: number, caller: AbortSignal) =>
  streamUnder(agent, url, faults, AbortSignal.any([caller, AbortSignal.timeout(ms)]))
// #endregion any

// #region kit-deadline
/** Library code: a typed reason, the budget left, and a clock vitest's fake timers drive. */
export async function withinKitDeadline(agent: Dispatcher, url: string, faults: FaultPlan,
  ms: number, caller?: AbortSignal): Promise<string> {
  using budget = deadline(ms, () => new DeadlineExceededError(`LLM call exceeded ${ms} ms`), caller)
  return await streamUnder(agent, url, faults, budget.signal) // budget.remaining() for retries
}
// #endregion kit-deadline
