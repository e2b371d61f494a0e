// The deck's decision rule as a function: ask "waiting or computing?" first, then "must it be
// isolated?". Browser-safe (pure logic).

export type Tool = 'event-loop' | 'worker-pool' | 'async-native' | 'child-process'

export interface Workload {
  /** Where the time goes: waiting on I/O, or computing. */
  spends: 'waiting' | 'computing'
  /** Waiting through a library that only offers blocking (*Sync) calls. */
  blockingApiOnly?: boolean
  /** Computing in native code with an async API on the libuv pool (hashing, compression). */
  nativeAsync?: boolean
  /** A crash, a leak or another executable must not take the server down. */
  needsIsolation?: boolean
}

// #region classify
export function chooseTool(w: Workload): Tool {
  if (w.needsIsolation)
    return 'child-process' // own memory, own event loop; a crash stays there
  if (w.spends === 'waiting')
    return w.blockingApiOnly ? 'worker-pool' : 'event-loop' // a blocking call must leave the loop
  if (w.nativeAsync)
    return 'async-native' // already off the main thread: on the libuv pool
  return 'worker-pool' // JavaScript computing: piscina, sized to the cores
}
// #endregion classify
