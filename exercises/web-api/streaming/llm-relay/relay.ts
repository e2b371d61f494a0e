// Exercise: turn this buffering /chat route into an SSE relay of the LLM's token stream.
// Run: npm run exercise -- web-api/streaming/llm-relay
import { Hono } from 'hono'
import { problem, sendProblem } from '../../../../snippets/web-api/error-responses/problem-details.ts'

export interface RelayDeps {
  fetch: (input: string, init: RequestInit) => Promise<Response> // the fake LLM (in tests)
  baseUrl: string
  headers?: Record<string, string> // e.g. the fake LLM's scenario header
}

export const SAFE_ERROR = 'The answer was interrupted' // the only text a client may see

type Completion = { choices: { message: { content: string } }[] }

export function createRelayApp(deps: RelayDeps) {
  const app = new Hono()
  app.post('/chat', async (c) => {
    const { prompt } = await c.req.json<{ prompt: string }>()
    // TODO 1: ask for `stream: true` and pass the client's abort signal (c.req.raw.signal).
    const res = await deps.fetch(`${deps.baseUrl}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...deps.headers },
      body: JSON.stringify({ stream: false, messages: [{ role: 'user', content: prompt }] }),
    })
    // TODO 2: check res.ok BEFORE streaming; on failure answer
    //   sendProblem(c, problem({ status: 502, code: 'EXTERNAL_SERVICE_ERROR', detail: ... }))
    // TODO 3: instead of buffering, relay: streamSSE + X-Accel-Buffering: no, parse res.body with
    //   EventSourceParserStream, write each delta as { event: 'token', data: <text> }, stop at
    //   [DONE] and send { event: 'done', data: '[DONE]' }.
    // TODO 4: an upstream failure mid-stream -> { event: 'error', data: SAFE_ERROR }, nothing more.
    const body = await res.json() as Completion // waits for the LAST token
    void problem, sendProblem // (used once TODO 2 is done)
    return c.json({ content: body.choices[0]?.message.content ?? '' })
  })
  return app
}
