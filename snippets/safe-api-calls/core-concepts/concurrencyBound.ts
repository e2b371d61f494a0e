// The concurrency envelope: the formulas, and a fake-clock simulation that shows when they hold.
// Browser-runnable; the simulation reuses the teaching TokenBucket with a virtual clock.
import { TokenBucket } from './tokenBucket.ts'

// #region boundFormula
/** Expected in-flight under a rate limiter: the burst plus rate x per-attempt timeout. */
export function expectedInFlight(ratePerSec: number, timeoutMs: number, burst = 0): number {
  return burst + ratePerSec * (timeoutMs / 1000)
}

export interface Caps {
  connections: number // undici Pool `connections` for the vendor origin
  permits: number // semaphore size
  h2Streams?: number // streams per connection when HTTP/2 is negotiated (HTTP/1.1: 1)
}

export const transportCeiling = ({ connections, h2Streams = 1 }: Caps): number => connections * h2Streams

/** The real maximum: the smaller of the socket ceiling and the logical gate. */
export const actualMax = (caps: Caps): number => Math.min(transportCeiling(caps), caps.permits)
// #endregion boundFormula

export interface SimulationOptions {
  ratePerSec: number
  burst: number
  timeoutMs: number // each attempt lasts min(latency, timeout)
  durationMs: number // how long new requests keep arriving (always more demand than tokens)
  latencyMs: (attempt: number) => number // vendor latency of the n-th attempt started
  retries: 'through-limiter' | 'bypass-limiter' // where a timed-out attempt's one retry starts
}

export function simulateInFlight(o: SimulationOptions): { maxInFlight: number, started: number } {
  let t = 0
  const bucket = new TokenBucket({ ratePerSec: o.ratePerSec, burst: o.burst, now: () => t })
  let inFlight: { endsAt: number, timedOut: boolean, isRetry: boolean }[] = []
  let retriesDue = 0
  let started = 0
  let maxInFlight = 0
  const start = (isRetry: boolean) => {
    const latency = o.latencyMs(started++)
    inFlight.push({ endsAt: t + Math.min(latency, o.timeoutMs), timedOut: latency >= o.timeoutMs, isRetry })
  }
  // #region simulateInFlight
  for (; t <= o.durationMs; t++) { // one virtual ms per step
    const finished = inFlight.filter(c => c.endsAt <= t)
    inFlight = inFlight.filter(c => c.endsAt > t)
    // every first attempt that timed out gets one retry
    retriesDue += finished.filter(c => c.timedOut && !c.isRetry).length
    const bypass = o.retries === 'bypass-limiter'
    while (retriesDue > 0 && (bypass || bucket.tryTake())) {
      retriesDue--
      start(true) // 'bypass-limiter' starts it without a token
    }
    while (bucket.tryTake()) start(false) // fresh requests: the rest
    maxInFlight = Math.max(maxInFlight, inFlight.length)
  }
  // #endregion simulateInFlight
  return { maxInFlight, started }
}
