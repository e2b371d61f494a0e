// Solution: size a pod's local rate and compute what a fleet sends the vendor. See README.md.

export interface PodCapacity {
  permits: number // concurrent vendor calls the pod can safely run
  avgLatencyMs: number // average vendor latency
  safety: number // headroom factor, 0.7-0.9
}

export interface Fleet {
  pods: number
  processesPerPod: number
  perProcessLimit: number // requests per minute each process allows itself
  surgePods?: number // extra pods during a rolling deploy
}

export interface Ceiling {
  pods: number // pods running at once, surge included
  perMinute: number // what the vendor can receive when every process uses its own limit
}

/** The pod's local smoothing rate in requests per MINUTE: permits / latency x safety. */
export function localRateFor({ permits, avgLatencyMs, safety }: PodCapacity): number {
  if (!(safety >= 0.7 && safety <= 0.9))
    throw new RangeError(`safety must be between 0.7 and 0.9 (headroom below the pod's throughput), got ${safety}`)
  if (!(permits > 0) || !(avgLatencyMs > 0))
    throw new RangeError(`permits and avgLatencyMs must be positive, got ${permits} and ${avgLatencyMs}`)
  const perSecond = permits / (avgLatencyMs / 1_000) // Little's law: work in seconds...
  return perSecond * safety * 60 // ...convert at the end
}

/** Pods running at once (surge included) and the requests per minute they can send. */
export function clusterCeiling({ pods, processesPerPod, perProcessLimit, surgePods = 0 }: Fleet): Ceiling {
  const running = pods + surgePods
  return { pods: running, perMinute: running * processesPerPod * perProcessLimit }
}
