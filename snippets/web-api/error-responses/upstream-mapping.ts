// Upstream failures of an LLM app, mapped to the status that names them: 502, 504, 503, 429.
// The vendor is reached through an injected fetch (the kit's fake LLM in-process, or undici).
import { Hono } from 'hono'
import {
  ExternalServiceError, RateLimitError, ServiceUnavailableError, UpstreamTimeoutError,
} from './domain-errors.ts'

export interface LlmDeps {
  fetch: (input: string, init: RequestInit) => Promise<Response>
  baseUrl: string
  deadlineMs: number
  /** Admission control: true while the pod drains or sheds load. */
  overloaded: () => boolean
}

const isTimeout = (err: unknown) => err instanceof DOMException && err.name === 'TimeoutError'
const retryAfter = (res: Response) => Number(res.headers.get('retry-after') ?? 60)
const chatRequest = (prompt: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ messages: [{ role: 'user', content: prompt }] }),
})
const contentOf = (body: unknown) =>
  (body as { choices: { message: { content: string } }[] }).choices[0]?.message.content ?? ''

// #region upstream-mapping
export async function complete(prompt: string, deps: LlmDeps): Promise<string> {
  if (deps.overloaded()) // our own refusal: 503 + Retry-After
    throw new ServiceUnavailableError('Overloaded, retry shortly', { retryAfterSeconds: 5 })
  const res = await deps.fetch(`${deps.baseUrl}/v1/chat/completions`, {
    ...chatRequest(prompt),
    signal: AbortSignal.timeout(deps.deadlineMs), // aborts the call, not just our wait
  }).catch((err: unknown) => {
    throw isTimeout(err) // -> 504; anything else on the wire -> 502
      ? new UpstreamTimeoutError('llm', 'The model did not answer in time', { cause: err })
      : new ExternalServiceError('llm', 'The model is unreachable', { cause: err })
  })
  if (res.status === 429) // a product decision: pass it on (or retry: safe-api-calls)
    throw new RateLimitError('The model is rate limiting us', { retryAfterSeconds: retryAfter(res) })
  if (!res.ok)
    throw new ExternalServiceError('llm', `The model answered ${res.status}`)
  return contentOf(await res.json())
}
// #endregion upstream-mapping

export function chatRoutes(deps: LlmDeps) {
  return new Hono().post('/chat', async c => c.json({ answer: await complete('hello', deps) }))
}
