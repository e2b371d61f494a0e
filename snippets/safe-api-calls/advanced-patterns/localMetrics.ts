// Per-pod windows of recent calls and queue waits, in memory: the inputs of readiness, shedding and
// the adaptive retry budget. Browser-runnable.
import type { Outcome } from './breakerStateMachine.ts'

// #region ringBuffer
/** Fixed size: pushing past capacity drops the oldest (Python: deque(maxlen=n)). */
export class RingBuffer<T> {
  readonly #items: T[] = []
  readonly #capacity: number
  #next = 0
  constructor(capacity: number) { this.#capacity = capacity }
  push(item: T): void {
    if (this.#items.length < this.#capacity) this.#items.push(item)
    else this.#items[this.#next] = item
    this.#next = (this.#next + 1) % this.#capacity
  }
  values(): readonly T[] { return this.#items }
}
// #endregion ringBuffer

export interface CallSample { outcome: Outcome, durationMs: number, at: number }

export class LocalMetrics {
  readonly calls = new RingBuffer<CallSample>(100)
  readonly queueWaits = new RingBuffer<number>(50)
  recordCall(sample: CallSample): void { this.calls.push(sample) }
  recordQueueWait(ms: number): void { this.queueWaits.push(ms) }

  // #region errorRate
  /** Vendor faults over exactly the last 100 calls; 0 when empty. */
  errorRate(): number {
    const calls = this.calls.values()
    return calls.length === 0 ? 0 : calls.filter(c => c.outcome === 'vendor-fault').length / calls.length
  }
  avgQueueWaitMs(): number {
    const waits = this.queueWaits.values()
    return waits.length === 0 ? 0 : waits.reduce((a, b) => a + b, 0) / waits.length
  }
  // #endregion errorRate

  // #region p95
  /** Nearest rank: the smallest duration with at least 95 % of the samples at or below it. */
  p95Ms(): number {
    const sorted = this.calls.values().map(c => c.durationMs).sort((a, b) => a - b)
    return sorted.length === 0 ? 0 : sorted[Math.ceil(0.95 * sorted.length) - 1]!
  }
  // #endregion p95
}
