// Three explicit agent presets (the guide's small / medium / high-traffic profiles). Every pool knob
// and every timer is written down: Node's defaults (10 s connect, 300 s headers and body, no pool
// wait limit) are not production values. Node only (undici).
import { Agent } from 'undici'
import type { AgentOptions } from '../mental-model/agent.ts'

/** The mental-model factory's options, with every timer made explicit. */
export interface AgentPreset extends Required<Pick<AgentOptions, 'connections' | 'allowH2' | 'keepAliveTimeoutMs'>> {
  keepAliveMaxTimeoutMs: number // cap on a server's Keep-Alive hint
  keepAliveTimeoutThresholdMs: number // subtracted from that hint: close before the server does
  connectTimeoutMs: number
  headersTimeoutMs: number
  bodyTimeoutMs: number // between body chunks, not the whole body
}

// #region small
export const small: AgentPreset = {
  connections: 20, // peak sockets per vendor origin (httpx: max_connections=20)
  allowH2: false, // HTTP/1.1: one socket = one request in flight (h2: the advanced deck)
  keepAliveTimeoutMs: 3_000, // idle sockets live 3 s: below a typical 5 s server idle timeout
  keepAliveMaxTimeoutMs: 10_000,
  keepAliveTimeoutThresholdMs: 1_000,
  connectTimeoutMs: 3_000,
  headersTimeoutMs: 30_000, // an LLM's time to first byte
  bodyTimeoutMs: 30_000,
}
// #endregion small

// #region medium
export const medium: AgentPreset = { ...small, connections: 50 } // httpx: 50 total, 20 kept idle
// #endregion medium

// #region high
export const high: AgentPreset = { ...small, connections: 100 } // httpx: 100 total, 30 kept idle

/** One agent per vendor origin, created at startup. Opens no socket until the first request. */
export function createPresetAgent(p: AgentPreset): Agent {
  return new Agent({
    connections: p.connections, allowH2: p.allowH2,
    keepAliveTimeout: p.keepAliveTimeoutMs, keepAliveMaxTimeout: p.keepAliveMaxTimeoutMs,
    keepAliveTimeoutThreshold: p.keepAliveTimeoutThresholdMs,
    connectTimeout: p.connectTimeoutMs, headersTimeout: p.headersTimeoutMs, bodyTimeout: p.bodyTimeoutMs,
  })
}
// #endregion high
