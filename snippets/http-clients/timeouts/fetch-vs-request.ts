// The same timeout policy through the two undici front doors. fetch: timers come only from the
// agent (one agent per profile). undici.request: per-call headersTimeout/bodyTimeout override
// the agent's. Both honour a signal for the total. Node only.
import { fetch, request } from 'undici'
import type { Dispatcher } from 'undici'
import type { FaultPlan } from '../../shared/fake-llm/app.ts'
import { COMPLETIONS, llmRequest } from './llm-request.ts'

// #region fetch-dispatcher
/** fetch: phase timers from the dispatcher, the total from the signal. */
export async function viaFetch(agent: Dispatcher, vendorUrl: string, faults: FaultPlan,
  signal?: AbortSignal): Promise<string> {
  const res = await fetch(`${vendorUrl}${COMPLETIONS}`, {
    ...llmRequest({ stream: true, faults }), dispatcher: agent, signal,
  }) // network failures: TypeError('fetch failed' | 'terminated') with the undici error as cause
  return await res.text()
}
// #endregion fetch-dispatcher

// #region undici-request
export interface PhaseOverrides { headersTimeout?: number, bodyTimeout?: number }

/** undici.request: per-call timers win over the agent's; errors are undici's own classes. */
export async function viaRequest(agent: Dispatcher, vendorUrl: string, faults: FaultPlan,
  overrides: PhaseOverrides = {}, signal?: AbortSignal): Promise<string> {
  const { body } = await request(`${vendorUrl}${COMPLETIONS}`, {
    ...llmRequest({ stream: true, faults }), ...overrides, dispatcher: agent, signal,
  }) // HeadersTimeoutError, BodyTimeoutError...: compare their `code`, not the class
  return await body.text()
}
// #endregion undici-request
