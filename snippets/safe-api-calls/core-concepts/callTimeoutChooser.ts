// Choosing the call timeout from the latency distribution, not from the average.
// Browser-runnable pure functions.

// #region percentiles
export interface Percentiles { p50: number, p95: number, p99: number }

/** Nearest-rank percentiles: the smallest sample at or above p% of all samples. */
export function percentiles(samplesMs: readonly number[]): Percentiles {
  if (samplesMs.length === 0)
    throw new RangeError('percentiles need at least one latency sample')
  const sorted = [...samplesMs].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!
  return { p50: at(50), p95: at(95), p99: at(99) }
}
// #endregion percentiles

// #region cutFraction
/** The share of calls a candidate timeout would cut
 *  (they fail instead of waiting longer). */
export function cutFraction(
  samplesMs: readonly number[],
  timeoutMs: number,
): number {
  if (samplesMs.length === 0)
    throw new RangeError('need at least one latency sample')
  const cut = samplesMs.filter(ms => ms > timeoutMs)
  return cut.length / samplesMs.length
}
// #endregion cutFraction
