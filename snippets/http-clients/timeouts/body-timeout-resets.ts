// The response-body phase: bodyTimeout is the longest SILENCE between two chunks. Every chunk
// restarts it, so a long, steady stream never trips it; a stalled one does. Node only.
import { fetch } from 'undici'
import type { Dispatcher } from 'undici'
import type { FaultPlan } from '../../shared/fake-llm/app.ts'
import { COMPLETIONS, countEvents, llmRequest } from './llm-request.ts'

export interface StreamResult { events: number, text: string }

/** Reads an SSE stream, reporting every complete event; errors carry what had arrived. */
export async function readStream(agent: Dispatcher, vendorUrl: string, faults: FaultPlan,
  onEvent: (n: number) => void = () => {}): Promise<StreamResult> {
  const res = await fetch(`${vendorUrl}${COMPLETIONS}`, { ...llmRequest({ stream: true, faults }), dispatcher: agent })
  const decoder = new TextDecoder()
  let text = ''
  for await (const chunk of res.body ?? []) { // a stall rejects HERE, mid-body
    const before = countEvents(text)
    text += decoder.decode(chunk, { stream: true })
    for (let n = before + 1; n <= countEvents(text); n++) onEvent(n)
  }
  return { events: countEvents(text), text }
}

// #region per-chunk-reset
// agent: bodyTimeout 300 ms. Ten chunks, one every 150 ms: 1.5 s in total,
// but no silence ever reaches 300 ms, so the timer never fires.
export const steady: FaultPlan = { chunks: 10, gapMs: 150 }
// #endregion per-chunk-reset

// #region stall
// Same agent. Three chunks, then silence: the first gap above 300 ms ends
// the read with UND_ERR_BODY_TIMEOUT; the three chunks already arrived.
export const stallAfterThree: FaultPlan = { chunks: 10, gapMs: 150, stallAfterChunks: 3 }
// #endregion stall
