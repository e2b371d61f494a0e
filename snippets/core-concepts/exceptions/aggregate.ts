// Several failures at once: AggregateError is the ExceptionGroup of JS (no `except*`: iterate
// `errors`). Promise.any produces one; allSettled collects outcomes without throwing.

// #region collect
export async function firstAnswer(replicas: Array<() => Promise<string>>) {
  return Promise.any(replicas.map(ask => ask()))  // all fail: AggregateError
}

export async function closeAll(closers: Array<() => Promise<void>>) {
  // allSettled: every closer runs, even after the first failure
  const results = await Promise.allSettled(closers.map(close => close()))
  const errors = results.flatMap(r => (r.status === 'rejected' ? [r.reason] : []))
  if (errors.length > 0) {
    const msg = `${errors.length} of ${closers.length} resources failed to close`
    throw new AggregateError(errors, msg)
  }
}
// #endregion collect
