// One chat-completion request for the fake LLM vendor, with its faults in a header: the same
// shape works for undici's fetch and for undici.request. Browser-safe.
import type { FaultPlan } from '../../shared/fake-llm/app.ts'
import { FAULTS_HEADER } from '../../shared/fake-llm/app.ts'

export const COMPLETIONS = '/v1/chat/completions'

export interface LlmRequestOptions {
  prompt?: string
  stream?: boolean
  faults?: FaultPlan // injected by the fake vendor: latency, stalls, gaps...
}

export function llmRequest(o: LlmRequestOptions = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (o.faults)
    headers[FAULTS_HEADER] = JSON.stringify(o.faults)
  const body = JSON.stringify({ stream: o.stream ?? false, messages: [{ role: 'user', content: o.prompt ?? 'hi' }] })
  return { method: 'POST' as const, headers, body }
}

/** Complete server-sent events in a text so far (each ends with a blank line). */
export const countEvents = (text: string): number => text.split('\n\n').length - 1
