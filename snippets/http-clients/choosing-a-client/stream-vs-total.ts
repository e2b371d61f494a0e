// One long, healthy stream (a chunk every gapMs) through seven client configurations. Timers that
// count inactivity keep it alive while data flows; timers that count total time cut it no matter
// how healthy it is. Node only (undici, got, axios).
import axios from 'axios'
import got from 'got'
import ky from 'ky'
import { Agent, fetch } from 'undici'
import type { FaultPlan } from '../../shared/fake-llm/app.ts'
import { COMPLETIONS, countEvents, llmRequest } from '../timeouts/llm-request.ts'
import { normalise } from './error-models.ts'

export interface Limits { totalMs: number, idleMs: number } // total: shorter than the stream
type Read = (url: string, req: ReturnType<typeof llmRequest>, agent: Agent, l: Limits) => Promise<string>

// #region same-stream-five-clients
export const CONTENDERS: Record<string, Read> = {
  'undici bodyTimeout (idle)': async (url, req, agent) => // agent: bodyTimeout = idleMs
    await (await fetch(url, { ...req, dispatcher: agent })).text(),
  'got timeout.socket (idle)': (url, req, _, l) =>
    got.post(url, { ...req, timeout: { socket: l.idleMs } }).text(),
  'got timeout.request (total)': (url, req, _, l) =>
    got.post(url, { ...req, timeout: { request: l.totalMs } }).text(),
  'ky timeout (total)': (url, req, _, l) => ky.post(url, { ...req, timeout: l.totalMs }).text(),
  'axios timeout, http adapter': async (url, req, _, l) => // Node: socket inactivity
    (await axios.post<string>(url, req.body, { ...req, timeout: l.totalMs })).data,
  'axios timeout, fetch adapter': async (url, req, _, l) => // browsers, adapter 'fetch': total
    (await axios.post<string>(url, req.body, { ...req, timeout: l.totalMs, adapter: 'fetch' })).data,
  'AbortSignal.timeout (total)': async (url, req, agent, l) => await (await fetch(url,
    { ...req, dispatcher: agent, signal: AbortSignal.timeout(l.totalMs) })).text(),
}
// #endregion same-stream-five-clients

export type Survival = `complete (${number} events)` | `cut: ${string}`

/** Runs the same stream through every contender at once; what happened to each. */
export async function streamSurvival(vendorUrl: string, stream: FaultPlan, l: Limits): Promise<Array<[string, Survival]>> {
  const agent = new Agent({ allowH2: false, headersTimeout: l.idleMs, bodyTimeout: l.idleMs })
  const req = llmRequest({ stream: true, faults: stream })
  try {
    return await Promise.all(Object.entries(CONTENDERS).map(async ([name, read]): Promise<[string, Survival]> => {
      try { return [name, `complete (${countEvents(await read(vendorUrl + COMPLETIONS, req, agent, l))} events)`] }
      catch (err) { const e = normalise(err); return [name, `cut: ${e.category}/${e.kind}`] }
    }))
  }
  finally { await agent.destroy() }
}
