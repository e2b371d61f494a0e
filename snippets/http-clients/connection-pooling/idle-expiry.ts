// After a burst, undici keeps EVERY idle socket until its keep-alive timeout, then closes them all:
// idle sockets expire by age, not by count (httpx keeps max_keepalive_connections warm). Node only.
import type { Agent } from 'undici'
import { chatRequest, fetchText } from '../mental-model/agent.ts'
import { createPresetAgent, small } from './agent-config.ts'

// #region keepalive-timeout
export const burstAgent = (): Agent => createPresetAgent({
  ...small,
  connections: 10, // the ceiling under load
  keepAliveTimeoutMs: 1_000, // how fast we fall back to zero once quiet
  keepAliveMaxTimeoutMs: 1_000, // and a server's longer Keep-Alive hint cannot stretch it
})

/** n calls at once: n sockets open, then sit idle until the timeout closes them. */
export function burst(agent: Agent, origin: string, n: number): Promise<string[]> {
  return Promise.all(Array.from({ length: n }, (_, i) =>
    fetchText(agent, `${origin}/v1/chat/completions`, chatRequest(`burst ${i}`))))
}
// #endregion keepalive-timeout
