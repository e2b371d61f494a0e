// "Pressure", defined explicitly: the worst of three gauges the pod already has, clamped to 0..1.
// Browser-runnable: the event-loop signal measures timer lag, so it needs no node:perf_hooks.

// #region pressure
export interface PressureGauges {
  permitsInUse: number
  permits: number
  waiting: number
  queueBound: number // e.g. 100 waiters
  loopDelayMs: number // recent event-loop delay (p99 or max of the last samples)
  loopThresholdMs?: number // default 100 ms: a loop this late counts as saturated
}

export function pressure(g: PressureGauges): number {
  const loop = g.loopDelayMs / (g.loopThresholdMs ?? 100)
  const ratios = [g.permitsInUse / g.permits, g.waiting / g.queueBound, loop]
  return Math.min(1, Math.max(0, ...ratios.filter(Number.isFinite)))
}
// #endregion pressure

// #region eventLoopSignal
/** Samples how late a timer fires; lag = a blocked event loop. Reports the worst of the last samples. */
export function eventLoopSignal(everyMs = 20, keep = 50) {
  const lags: number[] = []
  let expected = performance.now() + everyMs
  const timer = setInterval(() => {
    const now = performance.now()
    lags.push(Math.max(0, now - expected))
    if (lags.length > keep) lags.shift()
    expected = now + everyMs
  }, everyMs)
  ;(timer as { unref?: () => void }).unref?.() // a gauge never keeps a process alive
  return { delayMs: () => Math.max(0, ...lags), stop: () => clearInterval(timer) }
}
// #endregion eventLoopSignal
