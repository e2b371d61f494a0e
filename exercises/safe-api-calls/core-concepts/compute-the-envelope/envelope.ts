// Exercise: compute the envelope. See README.md.

export interface Caps {
  connections: number // undici Pool `connections`
  permits: number // semaphore size
  h2Streams?: number // streams per connection under HTTP/2; missing = HTTP/1.1
}

/** Expected in-flight calls under a rate limiter with a per-attempt timeout. */
export function expectedInFlight(ratePerSec: number, timeoutMs: number, burst = 0): number {
  // TODO: the burst plus rate x timeout (the timeout is in milliseconds)
  void ratePerSec
  void timeoutMs
  return burst
}

/** The real maximum in flight: transport ceiling vs logical gate. */
export function actualMax(caps: Caps): number {
  // TODO: the smaller of connections x streams per connection and the permits
  return caps.permits
}
