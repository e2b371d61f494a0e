// Exercise: per-vendor clients. See README.md.
import type { Agent, RequestInit } from 'undici'
import { createAgent, fetchText } from '../../../../../snippets/http-clients/mental-model/agent.ts'
import { createPoolLimiter, QueueTimeoutError } from '../../../../../snippets/http-clients/connection-pooling/pool-timeout.ts'

export { QueueTimeoutError } // what a wait longer than poolTimeoutMs must reject with

export interface VendorConfig {
  baseUrl: string // e.g. http://127.0.0.1:8001
  connections: number // sockets to this vendor's origin
  maxInFlight: number // calls past the limiter at once
  poolTimeoutMs: number // the longest a call may wait for a slot
}

/** One vendor's call: a path under its baseUrl, the body read to the end as text. */
export type VendorRequest = (path: string, init?: RequestInit) => Promise<string>

export interface VendorClients {
  clients: Record<string, VendorRequest>
  closeAll: () => Promise<void>
}

export function createVendorClients(config: Record<string, VendorConfig>): VendorClients {
  const clients: Record<string, VendorRequest> = {}
  const agents: Agent[] = []
  for (const [name, vendor] of Object.entries(config)) {
    const agent = createAgent({ connections: vendor.connections, allowH2: false })
    // At or below the pool: a bigger limiter moves the wait into undici's untimed queue.
    const limiter = createPoolLimiter(Math.min(vendor.maxInFlight, vendor.connections), vendor.poolTimeoutMs)
    agents.push(agent)
    clients[name] = (path, init) => // fetchText reads the body, also before throwing on an error status
      limiter.run(() => fetchText(agent, new URL(path, vendor.baseUrl).href, init))
  }
  return { clients, closeAll: async () => { await Promise.all(agents.map(agent => agent.close())) } }
}
