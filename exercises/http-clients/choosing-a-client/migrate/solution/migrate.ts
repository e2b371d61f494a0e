// Migrated to undici + fetch: every implicit axios behaviour re-created explicitly.
import { Agent, fetch } from 'undici'
import { ensureOk } from '../../../../../snippets/http-clients/advanced/retry-app.ts'
import { COMPLETIONS, llmRequest } from '../../../../../snippets/http-clients/timeouts/llm-request.ts'

interface Completion { choices: Array<{ message: { content: string } }> }

export interface CompletionClient {
  /** The completion's text; status errors reject (callers rely on it). */
  getCompletion: (prompt: string, signal?: AbortSignal) => Promise<string>
  /** The raw SSE text of a streamed completion. */
  streamCompletion: (prompt: string, signal?: AbortSignal) => Promise<string>
  close: () => Promise<void>
}

export function createCompletionClient(baseUrl: string, apiKey: string, timeoutMs = 60_000): CompletionClient {
  // axios's Node timer restarts on every socket event: the phase timers with the same value,
  // and no total deadline (it would cut a long but healthy stream).
  const agent = new Agent({ allowH2: false, connections: 10,
    connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs })
  const post = async (stream: boolean, prompt: string, signal?: AbortSignal) => {
    const { headers, body } = llmRequest({ prompt, stream })
    const res = await fetch(new URL(COMPLETIONS, baseUrl), { method: 'POST', body, signal,
      headers: { ...headers, authorization: `Bearer ${apiKey}` }, dispatcher: agent }) // the interceptor
    return await ensureOk(res) // axios threw on status: HttpStatusError now
  }
  const getCompletion = async (prompt: string, signal?: AbortSignal) => {
    const res = await post(false, prompt, signal)
    return (await res.json() as Completion).choices[0]?.message.content ?? '' // axios parsed `data`
  }
  const streamCompletion = async (prompt: string, signal?: AbortSignal) =>
    await (await post(true, prompt, signal)).text()
  return { getCompletion, streamCompletion, close: () => agent.close() }
}
