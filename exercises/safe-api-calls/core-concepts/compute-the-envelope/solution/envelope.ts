// Exercise: compute the envelope. See README.md.

export interface Caps {
  connections: number // undici Pool `connections`
  permits: number // semaphore size
  h2Streams?: number // streams per connection under HTTP/2; missing = HTTP/1.1
}

/** Expected in-flight calls under a rate limiter with a per-attempt timeout. */
export function expectedInFlight(ratePerSec: number, timeoutMs: number, burst = 0): number {
  return burst + ratePerSec * (timeoutMs / 1000)
}

/** The real maximum in flight: transport ceiling vs logical gate. */
export function actualMax({ connections, permits, h2Streams = 1 }: Caps): number {
  return Math.min(connections * h2Streams, permits)
}
