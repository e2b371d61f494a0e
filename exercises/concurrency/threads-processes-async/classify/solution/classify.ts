// Exercise: the deck's decision rule as a function. See README.md.

export type Tool = 'event-loop' | 'worker-pool' | 'async-native' | 'child-process'

/** Below this much JavaScript CPU per task, a worker's round trip is not worth it. */
export const WORKER_MIN_CPU_MS = 10

export interface WorkloadDescription {
  /** Milliseconds of JavaScript computation per task (0 when it only waits). */
  cpuMsPerTask: number
  /** How it waits: not at all, through async APIs, or through a library with only blocking calls. */
  io: 'none' | 'async' | 'blocking-only'
  /** The heavy part runs in native code with an async API (crypto.scrypt, zlib.gzip). */
  nativeAsync: boolean
  /** Another executable, or code whose crash or leak must not take the server down. */
  isolate: boolean
}

export function chooseTool(workload: WorkloadDescription): Tool {
  if (workload.isolate)
    return 'child-process' // own memory and event loop: a crash stays there
  if (workload.io === 'blocking-only')
    return 'worker-pool' // a blocking call must leave the main thread
  if (workload.nativeAsync)
    return 'async-native' // already runs on the libuv pool
  if (workload.cpuMsPerTask >= WORKER_MIN_CPU_MS)
    return 'worker-pool' // real JavaScript computation: piscina
  return 'event-loop' // waiting, or work too small to ship elsewhere
}
