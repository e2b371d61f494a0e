// One explicit agent per profile: every phase has a number, none is left at Node's defaults
// (connect 10 s, headers 300 s, body 300 s, no pool wait, no total). Node only (undici Agent).
import { Agent } from 'undici'
import type { AgentOptions } from '../mental-model/agent.ts'

export interface TimeoutProfile {
  connectTimeoutMs: number // DNS + TCP + TLS of a NEW socket
  poolAcquireMs: number // waiting for a free socket: the kit's limiter (undici has no timer)
  headersTimeoutMs: number // request sent -> complete response head (time to first byte)
  bodyTimeoutMs: number // longest silence BETWEEN two body chunks, reset by every chunk
  deadlineMs: number // the whole call, write phase included: an AbortSignal
}

const s = (seconds: number) => seconds * 1000

// #region api
export const fastApi: TimeoutProfile = {
  connectTimeoutMs: s(5), poolAcquireMs: s(5),
  headersTimeoutMs: s(10), bodyTimeoutMs: s(10),
  deadlineMs: s(20), // sized for the call: 15-30 s
}
// #endregion api

// #region llm
export const llmService: TimeoutProfile = {
  connectTimeoutMs: s(5), poolAcquireMs: s(5),
  headersTimeoutMs: s(60), // time to first token
  bodyTimeoutMs: s(60), // between chunks, never the total
  deadlineMs: s(90), // the product's latency budget
}
// #endregion llm

// #region upload
export const fileUpload: TimeoutProfile = {
  connectTimeoutMs: s(5), poolAcquireMs: s(10),
  headersTimeoutMs: s(30), bodyTimeoutMs: s(30),
  deadlineMs: s(120) + s(30), // sending (up to 120 s) + the response
}
// #endregion upload

// #region streaming
export const streamingResponses: TimeoutProfile = {
  connectTimeoutMs: s(5), poolAcquireMs: s(5),
  headersTimeoutMs: s(30), bodyTimeoutMs: s(30), // per chunk
  deadlineMs: s(600), // generous: a long answer is not a failure
}
// #endregion streaming

// #region agent
/** One agent per profile (fetch has no per-call timers): every undici timer explicit. */
export function agentOptions(p: TimeoutProfile, pool: AgentOptions): Agent.Options {
  return {
    connections: pool.connections, allowH2: pool.allowH2,
    keepAliveTimeout: pool.keepAliveTimeoutMs ?? 4_000,
    connect: { timeout: p.connectTimeoutMs },
    headersTimeout: p.headersTimeoutMs,
    bodyTimeout: p.bodyTimeoutMs,
  }
}
export const profiledAgent = (p: TimeoutProfile, pool: AgentOptions) => new Agent(agentOptions(p, pool))
// #endregion agent
