// Exercise: turn this buffering /chat route into an SSE relay of the LLM's token stream.
// Run: npm run exercise -- web-api/streaming/llm-relay
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { EventSourceParserStream } from 'eventsource-parser/stream'
import { problem, sendProblem } from '../../../../../snippets/web-api/error-responses/problem-details.ts'

export interface RelayDeps {
  fetch: (input: string, init: RequestInit) => Promise<Response> // the fake LLM (in tests)
  baseUrl: string
  headers?: Record<string, string> // e.g. the fake LLM's scenario header
}

export const SAFE_ERROR = 'The answer was interrupted' // the only text a client may see

type Chunk = { choices: { delta: { content?: string } }[] }

export function createRelayApp(deps: RelayDeps) {
  const app = new Hono()
  app.post('/chat', async (c) => {
    const { prompt } = await c.req.json<{ prompt: string }>()
    const upstream = new AbortController() // also fired when our client goes away
    const res = await deps.fetch(`${deps.baseUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...deps.headers },
      body: JSON.stringify({ stream: true, messages: [{ role: 'user', content: prompt }] }),
      signal: AbortSignal.any([c.req.raw.signal, upstream.signal]),
    })
    if (!res.ok || !res.body) { // before the first byte: still a normal error response
      await res.body?.cancel()
      return sendProblem(c, problem({ status: 502, code: 'EXTERNAL_SERVICE_ERROR', detail: 'The model failed' }))
    }
    c.header('X-Accel-Buffering', 'no')
    const events = res.body.pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream()).getReader()
    return streamSSE(c, async (stream) => {
      stream.onAbort(() => upstream.abort())
      try {
        for (let r = await events.read(); !r.done && !stream.aborted; r = await events.read()) {
          if (r.value.data === '[DONE]') break
          const chunk = JSON.parse(r.value.data) as Chunk
          await stream.writeSSE({ event: 'token', data: chunk.choices[0]?.delta.content ?? '' })
        }
        if (!stream.aborted) await stream.writeSSE({ event: 'done', data: '[DONE]' })
      }
      catch {
        await stream.writeSSE({ event: 'error', data: SAFE_ERROR })
      }
      finally { upstream.abort() }
    })
  })
  return app
}
