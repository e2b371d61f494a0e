// The relay's upstream client on Node: an undici Agent with every phase timer explicit
// (the llmService profile of http-clients/timeouts), driven by undici's own fetch. Node only.
import { Agent, fetch } from 'undici'
import type { Dispatcher } from 'undici'
import { agentOptions, llmService } from '../../http-clients/timeouts/timeout-profiles.ts'
import type { TimeoutProfile } from '../../http-clients/timeouts/timeout-profiles.ts'
import type { ProxyDeps } from './llm-proxy.ts'

// #region dispatcher-config
/** connect 5 s, headers 60 s (first token), body 60 s (IDLE between chunks). */
export function relayAgent(overrides: Partial<TimeoutProfile> = {}): Agent {
  return new Agent(agentOptions({ ...llmService, ...overrides }, {
    connections: 50, allowH2: false, // explicit, as every kit agent
  })) // the total comes from the relay's AbortSignal.timeout(deadlineMs)
}

/** The relay's injected fetch: undici's fetch with our agent. */
export const fetchVia = (agent: Dispatcher): ProxyDeps['fetch'] =>
  async (url, init) => {
    const res = await fetch(url, {
      method: init.method, signal: init.signal, dispatcher: agent,
      headers: init.headers as Record<string, string>, body: init.body as string })
    const body = res.body as ReadableStream<Uint8Array<ArrayBuffer>> | null
    // undici's Response -> the platform's type
    return new Response(body, { status: res.status, headers: [...res.headers] })
  }
// UND_ERR_CONNECT_TIMEOUT, UND_ERR_HEADERS_TIMEOUT -> 504 before the stream;
// UND_ERR_BODY_TIMEOUT -> an error event inside it.
// #endregion dispatcher-config
