// Exercise: play the LLM vendor with msw. One handler whose behaviour each test switches.
import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import { LLM_URL } from '../../../../snippets/testing/api-testing/summarise-app.ts'

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
    // TODO: restore the default mode and the call count
  },
}

/** The vendor: POST LLM_URL answered according to llm.mode. */
export const handlers: HttpHandler[] = [
  // TODO: one http.post(LLM_URL, …) handler that counts the call and then, by llm.mode.kind:
  //  success       -> an OpenAI-style body { choices: [{ message: { content: summary } }] }
  //  rate-limited  -> status 429 with a Retry-After header (seconds)
  //  network-error -> HttpResponse.error()
  //  slow          -> never answers in time (await delay('infinite'))
]
