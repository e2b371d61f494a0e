// At the per-origin limit a request does not fail: it waits in the pool's queue, with no timer of
// its own, until a socket frees. Node only (undici sockets).
import type { Agent } from 'undici'
import { chatRequest, createAgent, fetchText } from '../mental-model/agent.ts'

// #region at-limit
export const fiveSocketAgent = (): Agent => createAgent({ connections: 5, allowH2: false })

/** Six concurrent calls through five sockets: the sixth queues instead of failing. */
export function sixCalls(agent: Agent, origin: string): Promise<string[]> {
  return Promise.all(Array.from({ length: 6 }, (_, i) =>
    fetchText(agent, `${origin}/v1/chat/completions`, chatRequest(`call ${i + 1}`))))
}
// #endregion at-limit
