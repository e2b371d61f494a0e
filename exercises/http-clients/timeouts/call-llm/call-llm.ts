// A timeout-safe LLM call: every phase bounded, one total deadline that also obeys the caller,
// and one place where failures become a typed LlmCallError naming the phase.
import { Agent, fetch } from 'undici'
import type { Phase } from '../../../../snippets/http-clients/timeouts/classify-errors.ts'
import { llmRequest } from '../../../../snippets/http-clients/timeouts/llm-request.ts'
import { llmService } from '../../../../snippets/http-clients/timeouts/timeout-profiles.ts'
import type { TimeoutProfile } from '../../../../snippets/http-clients/timeouts/timeout-profiles.ts'

export class LlmCallError extends Error {
  override readonly name = 'LlmCallError'
  readonly phase: Phase
  constructor(phase: Phase, options: ErrorOptions) {
    super(`LLM call failed: ${phase}`, options)
    this.phase = phase
  }
}

/** The text of an SSE chat stream: every delta's content, joined. (Given: not the lesson.) */
export function textOf(sse: string): string {
  return sse.split('\n')
    .filter(line => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map(line => JSON.parse(line.slice(6)) as { choices: { delta: { content?: string } }[] })
    .map(chunk => chunk.choices[0]?.delta.content ?? '')
    .join('')
}

export function createLlmClient(vendorUrl: string, profile: TimeoutProfile = llmService) {
  // TODO 1: set connect, headers and body timeouts from `profile` (Node's defaults: 10 s, 300 s, 300 s)
  const agent = new Agent({ connections: 10, allowH2: false })

  async function callLlm(prompt: string, { signal }: { signal?: AbortSignal } = {}): Promise<string> {
    // TODO 2: a total deadline of profile.deadlineMs, combined with the caller's `signal`
    // TODO 3: turn transport failures into LlmCallError(phase, { cause }) at ONE boundary
    const res = await fetch(`${vendorUrl}/v1/chat/completions`, {
      ...llmRequest({ prompt, stream: true }), dispatcher: agent, signal,
    })
    if (!res.ok)
      throw new Error(`vendor answered ${res.status}`)
    return textOf(await res.text())
  }

  return { callLlm, close: () => agent.close() }
}
