// Shutting a pool down: close() finishes what was submitted, destroy() rejects what is pending and
// stops the threads now (piscina 5 names; close({ force: true }) drops only the queue).
import type { Piscina } from 'piscina'

/** What closeOnSignals listens on: `process`, or an EventEmitter in a test. */
export interface SignalSource {
  once: (event: NodeJS.Signals, listener: () => void) => unknown
  off: (event: NodeJS.Signals, listener: () => void) => unknown
}

// #region close
/** shutdown(wait=True): no new work; queued and running tasks finish, then threads exit. */
export async function drain(pool: Piscina): Promise<void> {
  await pool.close()
}

/** Close once on SIGTERM/SIGINT (the orchestrator's stop), and let the process exit after. */
export function closeOnSignals(pool: Piscina, proc: SignalSource = process) {
  const signals = ['SIGTERM', 'SIGINT'] as const
  const onSignal = () => { void pool.close() }
  for (const signal of signals) proc.once(signal, onSignal)
  return () => { for (const signal of signals) proc.off(signal, onSignal) } // to unregister
}
// #endregion close

// #region destroy
/** shutdown(wait=False, cancel_futures=True): pending tasks reject, threads are terminated. */
export async function stopNow<R>(pool: Piscina, pending: Promise<R>[]) {
  const outcomes = Promise.allSettled(pending) // observe them first: they are about to reject
  await pool.destroy()
  return (await outcomes).map(o =>
    (o.status === 'fulfilled' ? 'done' : `rejected: ${String(o.reason)}`))
}
// #endregion destroy
