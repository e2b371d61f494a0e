// A seeded simulation of a load balancer that routes blind (random) over pods, one of them slow.
// Deterministic (fixed service times, injected random), so it runs in the browser and in tests.

export interface LbScenario {
  pods: number
  slowPod: number // index of the pod whose calls take slowMs
  permits: number // each pod's semaphore
  fastMs: number
  slowMs: number
  requests: number
  everyMs: number // one request arrives every everyMs
  queueLimit?: number // fast rejection: a pod with this many waiting answers 503 at once
  retryElsewhere?: boolean // the client retries a 503 once, on another pod
}

export interface LbResult {
  maxQueue: number[] // deepest queue each pod ever had
  p99Ms: number // of the requests that got an answer from a vendor call
  rejected: number // fast 503s (each retried once if enabled)
  failed: number // requests that got no call at all
}

interface Pod { free: number[], starts: number[], serviceMs: number, maxQueue: number }

/** Requests admitted before `t` that are still waiting for a permit at `t`. */
const waitingAt = (pod: Pod, t: number) => pod.starts.filter(start => start > t).length

/** FIFO: the earliest free permit serves the arrival. Returns the request's latency. */
function admit(pod: Pod, t: number): number {
  const slot = pod.free.indexOf(Math.min(...pod.free))
  const start = Math.max(t, pod.free[slot]!)
  pod.free[slot] = start + pod.serviceMs
  pod.starts.push(start)
  pod.maxQueue = Math.max(pod.maxQueue, waitingAt(pod, t))
  return start + pod.serviceMs - t
}

// #region randomBalancer
export function simulateBalancer(s: LbScenario, rand: () => number): LbResult {
  const pods: Pod[] = Array.from({ length: s.pods }, (_, i) => ({
    free: Array<number>(s.permits).fill(0), starts: [], maxQueue: 0, serviceMs: i === s.slowPod ? s.slowMs : s.fastMs,
  }))
  const pick = (except?: number) => { // blind: no idea how busy a pod is
    const i = Math.floor(rand() * (except === undefined ? s.pods : s.pods - 1))
    return except !== undefined && i >= except ? i + 1 : i
  }
  const latencies: number[] = []
  const tally: Tally = { rejected: 0, failed: 0 }
  for (let n = 0; n < s.requests; n++) {
    const latency = route(pods, n * s.everyMs, pick, s, tally)
    if (latency !== undefined)
      latencies.push(latency)
  }
  return { maxQueue: pods.map(p => p.maxQueue), p99Ms: percentile(latencies, 0.99), ...tally }
}
// #endregion randomBalancer

const REJECT_MS = 5 // a fast 503 costs a round trip, not a queue wait

type Pick = (except?: number) => number
type Tally = { rejected: number, failed: number }

// #region fastRejectRetry
function route(
  pods: Pod[], t: number, pick: Pick, s: LbScenario, tally: Tally,
): number | undefined {
  const first = pick()
  const full = (i: number, at: number) => s.queueLimit !== undefined
    && waitingAt(pods[i]!, at) >= s.queueLimit
  if (!full(first, t))
    return admit(pods[first]!, t)
  // the busy pod answers 503 now instead of queueing the request
  tally.rejected++
  // one client retry: the balancer likely picks another pod
  const second = pick(first)
  if (!s.retryElsewhere || full(second, t + REJECT_MS)) {
    tally.failed++
    return undefined
  }
  return REJECT_MS + admit(pods[second]!, t + REJECT_MS)
}
// #endregion fastRejectRetry

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0)
    return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!
}
