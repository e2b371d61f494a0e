// A timeout-safe LLM call: every phase bounded, one total deadline that also obeys the caller,
// and one place where failures become a typed LlmCallError naming the phase.
import { fetch } from 'undici'
import { errorPhase } from '../../../../../snippets/http-clients/timeouts/classify-errors.ts'
import type { Phase } from '../../../../../snippets/http-clients/timeouts/classify-errors.ts'
import { llmRequest } from '../../../../../snippets/http-clients/timeouts/llm-request.ts'
import { llmService, profiledAgent } from '../../../../../snippets/http-clients/timeouts/timeout-profiles.ts'
import type { TimeoutProfile } from '../../../../../snippets/http-clients/timeouts/timeout-profiles.ts'
import { deadline } from '../../../../../snippets/safe-api-calls/concurrency-and-timeouts/deadline.ts'
import { DeadlineExceededError } from '../../../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'

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
  // connect, headers and body timers from the profile: nothing left at Node's defaults
  const agent = profiledAgent(profile, { connections: 10, allowH2: false })

  async function callLlm(prompt: string, { signal }: { signal?: AbortSignal } = {}): Promise<string> {
    // the total: the profile's budget, or the caller's abort, whichever comes first
    using budget = deadline(profile.deadlineMs, () => new DeadlineExceededError(`over ${profile.deadlineMs} ms`), signal)
    try {
      const res = await fetch(`${vendorUrl}/v1/chat/completions`, {
        ...llmRequest({ prompt, stream: true }), dispatcher: agent, signal: budget.signal,
      })
      if (!res.ok)
        throw new Error(`vendor answered ${res.status}`)
      return textOf(await res.text())
    }
    catch (err) { // one boundary: the phase is read here, never inside the read loop
      const phase = errorPhase(err)
      throw phase === undefined ? err : new LlmCallError(phase, { cause: err })
    }
  }

  return { callLlm, close: () => agent.close() }
}
