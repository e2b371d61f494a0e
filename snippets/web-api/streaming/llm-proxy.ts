// Relaying the LLM's token stream: open and check the upstream BEFORE the first byte, re-emit
// its tokens as SSE, and cancel the upstream call the moment the client leaves.
// Browser-safe: the upstream `fetch` is injected (the fake LLM in-process, or undici on Node).
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { EventSourceParserStream } from 'eventsource-parser/stream'
import { z } from 'zod'
import { errorPhase } from '../../http-clients/timeouts/classify-errors.ts'
import { ExternalServiceError, UpstreamTimeoutError } from '../error-responses/domain-errors.ts'
import { useProblemDetails } from '../error-responses/error-handler.ts'
import { validate } from '../validation/validation-hook.ts'

export interface ProxyDeps {
  fetch: (input: string, init: RequestInit) => Promise<Response>
  baseUrl: string // the vendor, e.g. the fake LLM
  deadlineMs: number // the whole call, stream included
  headers?: Record<string, string> // e.g. the fake LLM's scenario header
  log?: (line: string) => void // internal details go here, never to the client
}

const ChatInput = z.strictObject({ prompt: z.string().min(1).max(4000) })
const ChunkSchema = z.object({ choices: z.array(z.object({ delta: z.object({ content: z.string().optional() }) })) })
const tokenOf = (data: string) => ChunkSchema.parse(JSON.parse(data)).choices[0]?.delta.content ?? ''
const TIMEOUT_PHASES = new Set(['connect', 'headers', 'deadline'])
const user = (content: string) => ({ role: 'user', content })
const DONE = '[DONE]'
export const SAFE_ERROR = '{"code":"UPSTREAM_ERROR","message":"The answer was interrupted"}'

// #region upstream-check
async function openUpstream(prompt: string, signal: AbortSignal, deps: ProxyDeps) {
  const res = await deps.fetch(`${deps.baseUrl}/v1/chat/completions`, {
    method: 'POST', signal,
    headers: { 'content-type': 'application/json', ...deps.headers },
    body: JSON.stringify({ stream: true, messages: [user(prompt)] }),
  }).catch((err: unknown) => { // nothing sent to our client yet: normal errors
    throw TIMEOUT_PHASES.has(errorPhase(err) ?? '')
      ? new UpstreamTimeoutError('llm', 'The model timed out', { cause: err })
      : new ExternalServiceError('llm', 'The model is unreachable', { cause: err })
  })
  if (!res.ok || !res.body) { // raise_for_status, while a 502 is still possible
    await res.body?.cancel()
    throw new ExternalServiceError('llm', `The model answered ${res.status}`)
  }
  return res.body
}
// #endregion upstream-check

export function createProxyApp(deps: ProxyDeps) {
  const app = new Hono()
  useProblemDetails(app) // 422 / 502 / 504 in the section's one error shape
  app.post('/chat', validate('json', ChatInput), async (c) => {
    // #region abort-upstream
    const upstreamAbort = new AbortController() // fired when our client goes away
    const signal = AbortSignal.any([
      c.req.raw.signal, upstreamAbort.signal, AbortSignal.timeout(deps.deadlineMs)])
    const body = await openUpstream(c.req.valid('json').prompt, signal, deps)
    // #endregion abort-upstream
    // #region proxy-sse
    c.header('X-Accel-Buffering', 'no')
    const events = body.pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream()).getReader()
    return streamSSE(c, async (stream) => {
      stream.onAbort(() => upstreamAbort.abort()) // client gone -> stop the LLM
      try {
        for (let r = await events.read(); !r.done; r = await events.read()) {
          if (r.value.data === '[DONE]' || stream.aborted) break
          await stream.writeSSE({ event: 'token', data: tokenOf(r.value.data) })
        }
        if (!stream.aborted) await stream.writeSSE({ event: 'done', data: DONE })
      }
      catch (err) { // after the first byte: an error EVENT, never err.message
        deps.log?.(`upstream failed mid-stream: ${String(err)}`)
        await stream.writeSSE({ event: 'error', data: SAFE_ERROR })
      }
      finally { upstreamAbort.abort() } // every ending releases the upstream
    })
    // #endregion proxy-sse
  })
  return app
}
