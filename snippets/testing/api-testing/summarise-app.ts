// The route of exercise 2: it calls the LLM vendor with the global fetch and maps each vendor
// outcome to one status of ours. msw plays the vendor in its tests.
import { Hono } from 'hono'
import { z } from 'zod'
import { ExternalServiceError, ServiceUnavailableError, UpstreamTimeoutError } from '../../web-api/error-responses/domain-errors.ts'
import { useProblemDetails } from '../../web-api/error-responses/error-handler.ts'
import { validate } from '../../web-api/validation/validation-hook.ts'

export const LLM_URL = 'https://llm.example/v1/chat/completions'
const Completion = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1) })

// #region map-outcomes
async function callLlm(text: string, timeoutMs: number): Promise<Response> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(timeoutMs),
    body: JSON.stringify({ model: 'fake-1', messages: [{ role: 'user', content: `Summarise: ${text}` }] }) }
  try { return await fetch(LLM_URL, init) }
  catch (err) {
    if (err instanceof DOMException && err.name === 'TimeoutError') throw new UpstreamTimeoutError('llm', 'no answer in time', { cause: err })
    throw new ExternalServiceError('llm', 'unreachable', { cause: err }) // TypeError: network
  }
}

export function createSummariseApp({ timeoutMs = 1_000 } = {}) {
  return useProblemDetails(new Hono().post('/summarise', validate('json', z.strictObject({ text: z.string().min(1) })), async (c) => {
    const res = await callLlm(c.req.valid('json').text, timeoutMs)
    if (res.status === 429) // pass the vendor's wait on: 503 + Retry-After
      throw new ServiceUnavailableError('LLM busy', { retryAfterSeconds: Number(res.headers.get('retry-after') ?? 1) })
    if (!res.ok) throw new ExternalServiceError('llm', `HTTP ${res.status}`)
    return c.json({ summary: Completion.parse(await res.json()).choices[0]!.message.content })
  }))
}
// #endregion map-outcomes
