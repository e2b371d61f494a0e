// Bounded I/O fan-out: the guide's ThreadPoolExecutor(max_workers=20) for HTTP becomes p-limit(20)
// around async calls, each with its own timeout. Browser-runnable: `fetchLike` is fetch, or the
// kit's fake LLM app in-process.
import pLimit from 'p-limit'
import { asCompleted } from './as-completed.ts'

export type FetchLike = (url: string, init: RequestInit) => Response | Promise<Response>
export interface Call { prompt: string, headers?: Record<string, string> }
export interface FanOutOptions {
  limit?: number
  timeoutMs?: number
  timeout?: (ms: number) => AbortSignal // injectable: tests pass a fake-timer deadline
}
interface ChatCompletion { choices: Array<{ message: { content: string } }> }

// #region limited
/** At most `limit` calls in flight; each gets its own deadline when it actually starts. */
export function fanOut(calls: Call[], fetchLike: FetchLike, options: FanOutOptions = {}) {
  const { limit = 20, timeoutMs = 10_000 } = options
  const timeout = options.timeout ?? ((ms: number) => AbortSignal.timeout(ms))
  const gate = pLimit(limit) // 20 "threads" = 20 Promises in flight, no threads at all
  return calls.map(({ prompt, headers }) => gate(async () => {
    const res = await fetchLike('/v1/chat/completions', {
      method: 'POST', headers, signal: timeout(timeoutMs), // requests.get(url, timeout=10)
      body: JSON.stringify({ messages: [{ role: 'user', content: prompt }] }),
    })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
    const body = await res.json() as ChatCompletion
    return body.choices[0]?.message.content ?? ''
  }))
}
// #endregion limited

// #region completion-order
/** for f in as_completed(futures): print each answer as soon as it arrives. */
export async function logAsCompleted(calls: Call[], fetchLike: FetchLike,
  log: (line: string) => void, options?: FanOutOptions): Promise<void> {
  for await (const done of asCompleted(fanOut(calls, fetchLike, options))) {
    const { prompt } = calls[done.index]!
    log(done.status === 'fulfilled'
      ? `${prompt}: ${done.value}`
      : `${prompt}: failed (${(done.reason as Error).name})`) // one failure, the rest still print
  }
}
// #endregion completion-order
