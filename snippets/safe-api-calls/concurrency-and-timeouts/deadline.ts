// deadline(): a timer-backed AbortSignal with a TYPED reason, composable with a parent signal.
// Used instead of AbortSignal.timeout, whose reason is an anonymous DOMException 'TimeoutError'
// (queue, call and SLA timeouts would look alike) and which vitest fake timers do not control.
// Browser-runnable.

// #region deadline
export interface Deadline extends Disposable {
  readonly signal: AbortSignal // aborts with reason() at ms, or with the parent's reason
  remaining(): number // ms left, never below 0
}

export function deadline(ms: number, reason: () => Error, parent?: AbortSignal): Deadline {
  const own = new AbortController()
  const signal = anySignal(own.signal, parent)
  const endsAt = performance.now() + ms
  const expire = () => {
    if (!parent?.aborted) own.abort(reason()) // an earlier parent abort keeps its reason
  }
  const armed = !signal.aborted && ms > 0 && Number.isFinite(ms) // Infinity: no clock of its own
  const timer = armed ? setTimeout(expire, ms) : undefined
  timer?.unref?.() // a pending deadline never keeps a draining process alive
  if (ms <= 0) expire() // no budget left: aborted from the start
  const remaining = () => remainingMs(signal, endsAt)
  return { signal, remaining, [Symbol.dispose]: () => clearTimeout(timer) }
}
// #endregion deadline

// #region anySignal
/** The first source to abort wins and its reason is kept (AbortSignal.any semantics). */
export function anySignal(...sources: (AbortSignal | undefined)[]): AbortSignal {
  const present = sources.filter(s => s !== undefined)
  if (present.length === 0)
    return new AbortController().signal // never aborts
  return present.length === 1 ? present[0]! : AbortSignal.any(present)
}
// #endregion anySignal

// #region remaining
/** Budget left on a deadline: 0 once its signal aborted, for whatever reason. */
export function remainingMs(signal: AbortSignal, endsAt: number): number {
  return signal.aborted ? 0 : Math.max(0, endsAt - performance.now())
}
// #endregion remaining
