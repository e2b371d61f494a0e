// The one hard limit: a dedicated undici Pool per vendor origin, every knob explicit.
// Node only (undici sockets).
import { Pool } from 'undici'
import { z } from 'zod'

// #region vendorPool
const ms = z.number().int().positive()
export const TransportConfig = z.object({
  origin: z.url(), // one Pool per vendor origin
  connections: z.number({ error: 'connections is required: it is the only hard cap' }).int().positive(),
  allowH2: z.boolean({ error: 'allowH2 must be explicit (undici 8 defaults to true)' }),
  connectTimeoutMs: ms, headersTimeoutMs: ms, bodyTimeoutMs: ms, keepAliveTimeoutMs: ms,
})
export type TransportConfig = z.infer<typeof TransportConfig>

export function createVendorPool(cfg: TransportConfig): Pool {
  const c = TransportConfig.parse(cfg) // fails at startup, not at the first request
  return new Pool(c.origin, {
    connections: c.connections, pipelining: 1, allowH2: c.allowH2, // 1 request per socket
    connectTimeout: c.connectTimeoutMs, headersTimeout: c.headersTimeoutMs,
    bodyTimeout: c.bodyTimeoutMs, keepAliveTimeout: c.keepAliveTimeoutMs,
  })
}
// #endregion vendorPool

/** The guide's production numbers for one vendor origin. */
export const productionTransport = (origin: string): TransportConfig => ({
  origin, connections: 50, allowH2: false,
  connectTimeoutMs: 5000, headersTimeoutMs: 30_000, bodyTimeoutMs: 30_000, keepAliveTimeoutMs: 4000,
})

// #region poolStats
export interface PoolGauges {
  connected: number // open sockets
  free: number // open sockets without a request
  running: number // requests on a socket right now: never above `connections`
  pending: number // accepted but not yet sent: undici's invisible queue (no timeout)
  queued: number // the part of `pending` no socket has picked up yet
  size: number // running + pending
}

export function poolGauges(pool: Pool): PoolGauges {
  const { connected, free, running, pending, queued, size } = pool.stats
  return { connected, free, running, pending, queued, size }
}
// #endregion poolStats
