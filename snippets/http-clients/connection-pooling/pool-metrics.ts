// Pool health from what undici already exposes: the origin pool's `stats` (sockets and queue),
// diagnostics channels (every connection created or failed), plus the limiter's wait time and
// pool-timeout counter. Node only (undici, node:diagnostics_channel).
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { Agent } from 'undici'
import type { PoolLimiter } from './pool-timeout.ts'

/** Counts new connections to one origin (handshakes: the reuse metric). */
export interface ConnectionCounter extends Disposable {
  created: number
  failed: number
}

/** `connectParams` of an undici connect message, checked rather than cast. */
function hostOf(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null || !('connectParams' in message))
    return undefined
  const params = message.connectParams
  if (typeof params !== 'object' || params === null || !('protocol' in params) || !('host' in params))
    return undefined
  return `${String(params.protocol)}//${String(params.host)}`
}

// #region diagnostics-channel
export function countConnections(origin: string): ConnectionCounter {
  const target = new URL(origin).origin
  const onConnected = (m: unknown) => { if (hostOf(m) === target) counter.created++ }
  const onError = (m: unknown) => { if (hostOf(m) === target) counter.failed++ }
  subscribe('undici:client:connected', onConnected) // process-wide: filter by origin
  subscribe('undici:client:connectError', onError)
  const counter: ConnectionCounter = {
    created: 0,
    failed: 0,
    [Symbol.dispose]: () => {
      unsubscribe('undici:client:connected', onConnected)
      unsubscribe('undici:client:connectError', onError)
    },
  }
  return counter
}
// #endregion diagnostics-channel

// #region stats
export interface PoolMetrics {
  active: number // sockets busy with a request: current concurrency
  idle: number // sockets open and free: warm capacity
  pending: number // requests waiting inside undici for a socket
  created: number // connections opened so far: handshake frequency
  poolTimeouts: number // QueueTimeoutErrors from the limiter: undersized pool
  waitMs: number // the limiter's last wait for a slot: contention
}

export function poolMetrics(agent: Agent, origin: string, conns: ConnectionCounter, limiter: PoolLimiter): PoolMetrics {
  const s = agent.stats[new URL(origin).origin]
  const pool = s && 'queued' in s ? s : { connected: 0, free: 0, queued: 0 } // no request yet
  const { timeouts, lastWaitMs } = limiter.stats()
  return { active: pool.connected - pool.free, idle: pool.free, pending: pool.queued,
    created: conns.created, poolTimeouts: timeouts, waitMs: lastWaitMs }
}
// #endregion stats
