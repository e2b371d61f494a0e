// The section's scaled streaming profile against one fake vendor origin: a pool, 2 permits, a
// 200 ms queue deadline and millisecond clocks. Shared by the production demo and its e2e test.
// Node only (undici sockets).
import { localQueuePhase } from '../call-patterns/callLlm.ts'
import { undiciTransport } from '../call-patterns/vendorTransport.ts'
import { Semaphore } from '../core-concepts/semaphore.ts'
import { TokenBucket } from '../core-concepts/tokenBucket.ts'
import { createVendorPool } from '../core-concepts/vendorPool.ts'
import type { StreamDeps } from '../streaming-patterns/streamLlm.ts'

export function scaledStreamDeps(vendorUrl: string, o: { clocks?: StreamDeps['clocks'], headers?: Record<string, string> } = {}) {
  const pool = createVendorPool({ origin: vendorUrl, connections: 4, allowH2: false, connectTimeoutMs: 1_000, headersTimeoutMs: 1_000, bodyTimeoutMs: 1_000, keepAliveTimeoutMs: 1_000 })
  const permits = new Semaphore(2)
  const stream: StreamDeps = {
    transport: undiciTransport(pool), url: `${vendorUrl}/v1/chat/completions`,
    queue: localQueuePhase(new TokenBucket({ ratePerSec: 1_000, burst: 100 }), permits, 200),
    clocks: o.clocks ?? { ttftMs: 1_000, idleMs: 150 }, backoff: { baseMs: 10, capMs: 50 }, rand: () => 0.5,
    ...(o.headers ? { headers: o.headers } : {}),
  }
  return { stream, permits, pool, close: () => pool.close() }
}
