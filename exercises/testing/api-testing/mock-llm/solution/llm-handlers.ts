// Exercise: play the LLM vendor with msw. One handler whose behaviour each test switches.
import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import { LLM_URL } from '../../../../../snippets/testing/api-testing/summarise-app.ts'

export type LlmMode =
  | { kind: 'success', summary: string }
  | { kind: 'rate-limited', retryAfterSeconds: number }
  | { kind: 'network-error' }
  | { kind: 'slow' }

/** What the fake vendor does next, and how often it was called. Tests set `mode`. */
export const llm = {
  mode: { kind: 'success', summary: 'A short summary.' } as LlmMode,
  calls: 0,
  /** Back to success, zero calls: run after every test. */
  reset() {
    llm.mode = { kind: 'success', summary: 'A short summary.' }
    llm.calls = 0
  },
}

/** The vendor: POST LLM_URL answered according to llm.mode. */
export const handlers: HttpHandler[] = [
  http.post(LLM_URL, async () => {
    llm.calls++
    const mode = llm.mode
    switch (mode.kind) {
      case 'success': return HttpResponse.json({ choices: [{ message: { content: mode.summary } }] })
      case 'rate-limited': return new HttpResponse(null, { status: 429, headers: { 'Retry-After': String(mode.retryAfterSeconds) } })
      case 'network-error': return HttpResponse.error()
      case 'slow': await delay('infinite'); return HttpResponse.json({})
    }
  }),
]
