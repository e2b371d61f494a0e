// Exercise: per-vendor clients. See README.md.
import { fetch } from 'undici'
import type { RequestInit } from 'undici'
import { QueueTimeoutError } from '../../../../snippets/http-clients/connection-pooling/pool-timeout.ts'

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
  for (const [name, vendor] of Object.entries(config)) {
    // TODO: one agent per vendor (createAgent from the mental-model deck, `connections`, allowH2 set)
    // TODO: one limiter per vendor (createPoolLimiter), at most maxInFlight and never above connections
    clients[name] = async (path, init) => {
      const res = await fetch(new URL(path, vendor.baseUrl), init) // the global, unlimited agent
      if (!res.ok)
        throw new Error(`${name} answered ${res.status}`) // TODO: and the body? it is never read
      return await res.text()
    }
  }
  // TODO: close every vendor's agent
  return { clients, closeAll: async () => {} }
}
