// Python's as_completed() for Promises: yield each outcome as its task settles, with its index.
// Browser-runnable.

export type Completed<T> = PromiseSettledResult<T> & { index: number }

function settle<T>(promise: Promise<T>, index: number): Promise<Completed<T>> {
  return promise.then(
    value => ({ status: 'fulfilled', value, index }),
    (reason: unknown) => ({ status: 'rejected', reason, index }))
}

// #region as-completed
/** Completion order; a rejection is yielded as an outcome and never stops the loop. */
export async function* asCompleted<T>(promises: Iterable<Promise<T>>)
  : AsyncGenerator<Completed<T>> {
  const racing = new Map([...promises].map((p, index) => [index, settle(p, index)] as const))
  while (racing.size > 0) {
    const done = await Promise.race(racing.values()) // the next one to settle
    racing.delete(done.index)
    yield done
  }
}
// #endregion as-completed

// #region indexed
/** Handle each outcome as it completes; return them in input order by index. */
export async function mapIndexed<T, R>(items: readonly T[], fn: (item: T) => Promise<R>,
  onDone: (done: Completed<R>) => void = () => {}): Promise<PromiseSettledResult<R>[]> {
  const results = new Array<PromiseSettledResult<R>>(items.length)
  for await (const done of asCompleted(items.map(fn))) {
    onDone(done) // completion order: log, update progress, ...
    results[done.index] = done // input order: slot by index
  }
  return results
}
// #endregion indexed
