// One agent AND one limiter per vendor: separate socket pools (undici's per-origin default) plus
// separate application concurrency, so a slow vendor cannot swallow the calls meant for a fast one.
// Node only (undici sockets).
import pLimit from 'p-limit'
import { chatRequest, createAgent, fetchText } from '../mental-model/agent.ts'

export interface Vendor {
  call: (prompt: string) => Promise<string>
  inFlight: () => number // calls past the limiter, on a socket or about to be
  close: () => Promise<void>
}

// #region two-vendors
export interface VendorLimits { connections: number, maxInFlight: number }

export function createVendor(origin: string, limits: VendorLimits): Vendor {
  const agent = createAgent({ connections: limits.connections, allowH2: false })
  const limit = pLimit(Math.min(limits.maxInFlight, limits.connections)) // never above the pool
  return {
    call: prompt => limit(() =>
      fetchText(agent, `${origin}/v1/chat/completions`, chatRequest(prompt))),
    inFlight: () => limit.activeCount,
    close: () => agent.close(),
  }
}
// createVendor(openaiUrl, { connections: 20, maxInFlight: 20 })
// createVendor(anthropicUrl, { connections: 5, maxInFlight: 5 })
// #endregion two-vendors
