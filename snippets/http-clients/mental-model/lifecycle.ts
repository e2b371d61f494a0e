// An Agent's lifecycle: construction opens nothing, the first request opens a socket that stays
// in the origin's pool, close() drains and releases everything, and then refuses work. Node only.
import type { Agent } from 'undici'
import { createAgent } from './agent.ts'

// #region lazy-create
/** At startup: pool manager + configuration only. No DNS, no TCP, no socket yet. */
export function startClient(): Agent {
  return createAgent({ connections: 10, allowH2: false, keepAliveTimeoutMs: 4_000 })
}
// #endregion lazy-create

// #region close
/** In graceful shutdown: let in-flight requests finish, then close every pooled socket. */
export async function stopClient(agent: Agent, { force = false } = {}): Promise<void> {
  if (force)
    await agent.destroy() // aborts in-flight requests at once (their callers see an error)
  else
    await agent.close() // waits for in-flight requests; new ones are rejected from now on
}
// #endregion close
