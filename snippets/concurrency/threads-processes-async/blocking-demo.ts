// A busy loop on the one JavaScript thread starves every timer and I/O callback until it returns;
// the same work cut into slices that yield lets them run in between. Browser-safe (no node:*).

// #region busy-loop
/** Spins the CPU for `ms` without yielding: nothing else on this thread runs meanwhile. */
export function busyLoop(ms: number): number {
  const end = performance.now() + ms
  let spins = 0
  while (performance.now() < end)
    spins++
  return spins
}

/** The same amount of work in slices, yielding to the event loop between them. */
export async function chunkedLoop(ms: number, sliceMs = 10): Promise<void> {
  const end = performance.now() + ms
  while (performance.now() < end) {
    busyLoop(Math.min(sliceMs, end - performance.now()))
    await new Promise(resolve => setTimeout(resolve, 0)) // yield: due timers and I/O run now
  }
}
// #endregion busy-loop

// #region ticker
export interface Ticker extends Disposable {
  /** How many times the interval callback has run so far. */
  ticks: () => number
}

/** Counts interval callbacks: a direct readout of whether the event loop gets a turn. */
export function startTicker(everyMs = 10): Ticker {
  let count = 0
  const id = setInterval(() => { count++ }, everyMs)
  return { ticks: () => count, [Symbol.dispose]: () => clearInterval(id) }
}
// #endregion ticker
