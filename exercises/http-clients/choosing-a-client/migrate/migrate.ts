// TODO: migrate this axios client to undici + fetch without changing what callers see.
// Everything axios does implicitly must become explicit: list it first (see README.md).
import axios from 'axios'
import { COMPLETIONS, llmRequest } from '../../../../snippets/http-clients/timeouts/llm-request.ts'

interface Completion { choices: Array<{ message: { content: string } }> }

export interface CompletionClient {
  /** The completion's text; status errors reject (callers rely on it). */
  getCompletion: (prompt: string, signal?: AbortSignal) => Promise<string>
  /** The raw SSE text of a streamed completion. */
  streamCompletion: (prompt: string, signal?: AbortSignal) => Promise<string>
  close: () => Promise<void>
}

export function createCompletionClient(baseUrl: string, apiKey: string, timeoutMs = 60_000): CompletionClient {
  // TODO: an undici Agent (allowH2 written down) with connect, headers and body timers instead
  const http = axios.create({ baseURL: baseUrl, timeout: timeoutMs })
  // TODO: no interceptors in fetch: add the header on every call
  http.interceptors.request.use((config) => {
    config.headers.set('authorization', `Bearer ${apiKey}`)
    return config
  })
  const getCompletion = async (prompt: string, signal?: AbortSignal) => {
    const { headers, body } = llmRequest({ prompt })
    // TODO: fetch does not throw on 4xx/5xx (HttpStatusError) and does not parse the body
    const res = await http.post<Completion>(COMPLETIONS, body, { headers, signal })
    return res.data.choices[0]?.message.content ?? ''
  }
  const streamCompletion = async (prompt: string, signal?: AbortSignal) => {
    const { headers, body } = llmRequest({ prompt, stream: true })
    const res = await http.post<string>(COMPLETIONS, body, { headers, signal, responseType: 'text' })
    return res.data
  }
  // TODO: close the agent's sockets
  return { getCompletion, streamCompletion, close: async () => {} }
}
