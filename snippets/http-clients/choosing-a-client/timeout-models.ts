// The same intent, "connect 5 s, first byte 30 s, idle 30 s", said in each library's own words.
// Only undici and got can say it phase by phase; axios and ky have one number each, and fetch
// has none (the undici agent carries the timers). Node only (undici, got, axios).
import axios from 'axios'
import got from 'got'
import ky from 'ky'
import { Agent, fetch, request } from 'undici'
import { ensureOk, HttpStatusError } from '../advanced/retry-app.ts'
import { llmRequest } from '../timeouts/llm-request.ts'
import type { LlmRequestOptions } from '../timeouts/llm-request.ts'

export interface Budget { connectMs: number, firstByteMs: number, idleMs: number }
export const LLM_BUDGET: Budget = { connectMs: 5_000, firstByteMs: 30_000, idleMs: 30_000 }
export type ClientName = 'undici' | 'fetch' | 'got' | 'axios' | 'ky'

// #region per-library
export const undiciAgent = (b: Budget) => new Agent({ allowH2: false, // always explicit
  connect: { timeout: b.connectMs }, headersTimeout: b.firstByteMs, bodyTimeout: b.idleMs })
export const gotClient = (b: Budget) => got.extend({ retry: { limit: 0 }, timeout: {
  lookup: b.connectMs, connect: b.connectMs, secureConnect: b.connectMs, // each phase its own
  response: b.firstByteMs, socket: b.idleMs } }) // first byte; then inactivity on the socket
// axios: ONE number (Node: socket inactivity; adapter 'fetch' and browsers: total)
export const axiosClient = (b: Budget) =>
  axios.create({ timeout: b.idleMs, transitional: { clarifyTimeoutError: true } })
// ky: one per-attempt number, for the response and again for reading the body
export const kyClient = (b: Budget) => ky.create({ timeout: b.firstByteMs, retry: 0 })
// fetch: no timer of its own; the undici agent above carries all three
// #endregion per-library

/** One completion through `client`, configured with `b`; resolves with the body text. */
/** fetch and undici check the status the kit's way (they do not throw on their own). */
export async function callWith(client: ClientName, b: Budget, url: string,
  o: LlmRequestOptions = {}, signal?: AbortSignal): Promise<string> {
  const { headers, body } = llmRequest(o)
  if (client === 'got') return await gotClient(b).post(url, { headers, body, signal }).text()
  if (client === 'ky') return await kyClient(b).post(url, { headers, body, signal }).text()
  if (client === 'axios')
    return (await axiosClient(b).post<string>(url, body, { headers, signal, responseType: 'text' })).data
  const agent = undiciAgent(b)
  try {
    if (client === 'undici') {
      const res = await request(url, { method: 'POST', headers, body, signal, dispatcher: agent })
      if (res.statusCode >= 400) throw new HttpStatusError(res.statusCode, url, await res.body.text())
      return await res.body.text()
    }
    return await (await ensureOk(await fetch(url, { method: 'POST', headers, body, signal, dispatcher: agent }))).text()
  }
  finally { await agent.destroy() }
}
