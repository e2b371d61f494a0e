// Exercise: size a pod's local rate and compute what a fleet sends the vendor. See README.md.

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

/** TODO: the pod's local smoothing rate in requests per MINUTE: permits / latency x safety. */
export function localRateFor({ permits, avgLatencyMs, safety }: PodCapacity): number {
  void permits
  void avgLatencyMs
  void safety
  return 0
}

/** TODO: pods running at once (surge included) and the requests per minute they can send. */
export function clusterCeiling({ pods, processesPerPod, perProcessLimit, surgePods = 0 }: Fleet): Ceiling {
  void processesPerPod
  void perProcessLimit
  void surgePods
  return { pods, perMinute: 0 }
}
