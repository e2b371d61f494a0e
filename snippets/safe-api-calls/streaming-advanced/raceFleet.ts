// Three fake vendors on loopback, each with its own pool and permits, as race providers: the
// setup the first-response-wins demo and tests share. Node only (sockets).
import type { Pool } from 'undici'
import { localQueuePhase } from '../call-patterns/callLlm.ts'
import { undiciTransport } from '../call-patterns/vendorTransport.ts'
import { Semaphore } from '../core-concepts/semaphore.ts'
import { TokenBucket } from '../core-concepts/tokenBucket.ts'
import { createVendorPool } from '../core-concepts/vendorPool.ts'
import type { LlmChunk } from '../streaming-patterns/streamLlm.ts'
import { streamLlm } from '../streaming-patterns/streamLlm.ts'
import type { FaultPlan } from '../../shared/fake-llm/app.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../shared/fake-llm/server.ts'
import type { Provider } from './firstResponder.ts'

export interface FleetMember { name: string, server: FakeLlmServer, pool: Pool, permits: Semaphore, provider: Provider<LlmChunk> }

/** The demo's profiles: A answers at 50 ms, B at 300 ms, C fails at once with a 500. */
export const RACE_PROFILES: Record<string, FaultPlan> = {
  A: { ttftMs: 50, chunks: 20, gapMs: 5 },
  B: { ttftMs: 300, chunks: 20, gapMs: 5 },
  C: { status: 500 },
}

export async function startFleet(profiles: Record<string, FaultPlan> = RACE_PROFILES): Promise<FleetMember[]> {
  const messages = [{ role: 'user' as const, content: 'race me' }]
  return Promise.all(Object.entries(profiles).map(async ([name, plan]) => {
    const server = await serveFakeLlm({ plan })
    const pool = createVendorPool({ origin: server.url, connections: 2, allowH2: false, connectTimeoutMs: 1_000, headersTimeoutMs: 1_000, bodyTimeoutMs: 1_000, keepAliveTimeoutMs: 1_000 })
    const permits = new Semaphore(1)
    const deps = {
      transport: undiciTransport(pool), url: `${server.url}/v1/chat/completions`,
      queue: localQueuePhase(new TokenBucket({ ratePerSec: 1_000, burst: 10 }), permits, 200),
      clocks: { ttftMs: 1_000, idleMs: 1_000 }, backoff: { baseMs: 20, capMs: 200 },
      maxAttempts: 1, // the race is the redundancy: no per-provider retries
    }
    return { name, server, pool, permits, provider: { name, open: signal => streamLlm({ messages }, deps, signal) } }
  }))
}

export async function stopFleet(fleet: FleetMember[]): Promise<void> {
  await Promise.all(fleet.map(async (m) => {
    await m.pool.close()
    await m.server.close()
  }))
}
