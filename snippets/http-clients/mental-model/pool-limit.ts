// Queueing at the per-origin limit: with `connections: 10` at most 10 sockets to the origin exist;
// every further request waits in the pool's queue (with no timeout of its own). Node only.
import type { Agent } from 'undici'
import { chatRequest, createAgent, fetchText } from './agent.ts'

// #region connections-10
export const vendorAgent = (): Agent => createAgent({ connections: 10, allowH2: false })

/** n concurrent calls: 10 on the wire, the rest queued inside the origin's pool. */
export function fanOut(agent: Agent, origin: string, n: number): Promise<string[]> {
  return Promise.all(Array.from({ length: n }, (_, i) =>
    fetchText(agent, `${origin}/v1/chat/completions`, chatRequest(`question ${i}`))))
}

export interface PoolSnapshot { connected: number, running: number, queued: number }

/** The origin's pool, live: sockets, requests on them, requests waiting for one. */
export function poolStats(agent: Agent, origin: string): PoolSnapshot {
  const s = agent.stats[origin] // PoolStats, once a request created the origin's pool
  return s && 'queued' in s ? { connected: s.connected, running: s.running, queued: s.queued }
    : { connected: 0, running: 0, queued: 0 }
}
// #endregion connections-10
