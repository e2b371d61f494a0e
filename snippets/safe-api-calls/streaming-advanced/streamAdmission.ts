// Stream-aware admission: counts ACTIVE streams and an estimate of total chunks per second, not
// request rate. The check-and-increment is synchronous (no await), so no lock is needed: only code
// across an await can interleave in JavaScript. Browser-runnable.

export interface AdmissionLimits {
  maxStreams: number // guide: 50 active streams
  maxChunksPerSec: number // guide: 1,000 chunks/s in total
  newStreamChunksPerSec: number // assumed for a stream we are about to admit (guide: 20)
  emaWeight: number // weight of the new sample (guide: 0.1, old estimate 0.9)
}
export const GUIDE_ADMISSION: AdmissionLimits = { maxStreams: 50, maxChunksPerSec: 1_000, newStreamChunksPerSec: 20, emaWeight: 0.1 }

/** An admitted stream; release() is idempotent (a finally that runs twice cannot undercount). */
export interface StreamTicket {
  release: (s: { chunks: number, durationMs: number }) => void
}

export class StreamAdmission {
  readonly limits: AdmissionLimits
  active = 0
  estimatedChunksPerSec: number

  constructor(limits: AdmissionLimits = GUIDE_ADMISSION, initialEstimate = 0) {
    this.limits = limits
    this.estimatedChunksPerSec = initialEstimate
  }

  // #region admit
  admit(): StreamTicket | undefined { // undefined: refuse (503) BEFORE the stream starts
    const l = this.limits
    if (this.active >= l.maxStreams) return undefined
    if (this.estimatedChunksPerSec + l.newStreamChunksPerSec > l.maxChunksPerSec) return undefined
    this.active++ // the same synchronous step as the checks: no await, so no lock
    let held = true
    return { release: (s) => { if (held) { held = false; this.#release(s) } } } // idempotent
  }
  // #endregion admit

  // #region release
  #release({ chunks, durationMs }: { chunks: number, durationMs: number }): void {
    this.active = Math.max(0, this.active - 1) // never below zero
    const rate = durationMs > 0 ? chunks / (durationMs / 1_000) : 0 // this stream's chunks/s
    this.#ema(rate * this.active) // the guide's sample: this rate x the streams still active
  }
  // #endregion release

  // #region ema
  #ema(sample: number): void {
    const w = this.limits.emaWeight
    this.estimatedChunksPerSec = (1 - w) * this.estimatedChunksPerSec + w * sample // 0.9 old + 0.1 new
  }
  // #endregion ema
}
