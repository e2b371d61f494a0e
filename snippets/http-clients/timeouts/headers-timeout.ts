// The response-headers phase: from "request sent" to "complete response head". For an LLM,
// that is the time to first token (streaming) or the whole generation (buffered). Node only.
import { fetch } from 'undici'
import type { Dispatcher } from 'undici'
import { COMPLETIONS, llmRequest } from './llm-request.ts'

// #region slow-first-byte
/** The vendor thinks for `latencyMs` before it sends a single header byte. */
export async function firstByte(agent: Dispatcher, vendorUrl: string, latencyMs: number): Promise<number> {
  const res = await fetch(`${vendorUrl}${COMPLETIONS}`, {
    ...llmRequest({ faults: { latencyMs } }), dispatcher: agent,
  }) // agent headersTimeout < latencyMs: rejects, cause code UND_ERR_HEADERS_TIMEOUT
  await res.text()
  return res.status
}
// #endregion slow-first-byte
