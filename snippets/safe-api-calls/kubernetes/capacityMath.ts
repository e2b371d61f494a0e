// The section's capacity formulas, as code so the numbers on the slides are computed, not typed.
// Browser-runnable. Rates are per second inside, per minute at the edges (vendor contracts are).

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(`${name} must be a positive number, got ${value}`)
  return value
}

// #region podThroughput
/** What one pod sustains with every permit busy:
 *  permits / average latency (Little's law). */
export function podThroughputPerSec(permits: number, avgLatencyMs: number): number {
  return positive('permits', permits) / (positive('avgLatencyMs', avgLatencyMs) / 1_000)
}
// #endregion podThroughput

// #region localRate
/** The local smoothing rate: pod throughput with headroom.
 *  Protects the pod, not the vendor. */
export function localRatePerMin(permits: number, avgLatencyMs: number, safety: number): number {
  if (!(safety > 0 && safety <= 1))
    throw new RangeError(`safety margin must be in (0, 1], typically 0.7-0.9; got ${safety}`)
  return podThroughputPerSec(permits, avgLatencyMs) * safety * 60
}
// #endregion localRate

// #region clusterArithmetic
export interface Fleet {
  pods: number
  processesPerPod: number // node:cluster workers, or containers
  perProcess: number // each process's limit: req/min or sockets
  surgePods?: number // extra pods during a rolling deploy
}

/** What the vendor sees when every process enforces its own
 *  limit: nothing is shared. */
export function fleetTotal(fleet: Fleet): number {
  const { pods, processesPerPod, perProcess } = fleet
  const surgePods = fleet.surgePods ?? 0
  if (!Number.isInteger(surgePods) || surgePods < 0) {
    throw new RangeError(
      `surgePods must be a whole number >= 0, got ${surgePods}`)
  }
  const processes = (positive('pods', pods) + surgePods)
    * positive('processesPerPod', processesPerPod)
  return processes * positive('perProcess', perProcess)
}
// #endregion clusterArithmetic

/** The fleet's total against the vendor's contract. */
export function againstContract(fleet: Fleet, contractPerMin: number): { total: number, exceeds: boolean, factor: number } {
  const total = fleetTotal(fleet)
  return { total, exceeds: total > positive('contractPerMin', contractPerMin), factor: total / contractPerMin }
}
