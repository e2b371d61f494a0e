// Fan-in: N live streams merged into one, in arrival order. Per-source order is kept, a failing
// source yields one error marker and drops out, a shared idle timeout ends the merge, and every
// exit path (idle, consumer break, error) aborts and closes every remaining source. Browser-runnable.

/** A source is opened by the merge with a signal it owns, so the merge can abort a stalled one. */
export type Source<T> = (signal: AbortSignal) => AsyncIterable<T>

export type Merged<T> = { source: number, chunk: T } | { source: number, error: unknown }

export interface MergeOptions {
  idleMs: number // no source produced anything for this long: end the merge (guide: 30 s)
  onIdle?: () => void
}

/** The reason every source's signal carries when the merge closes it. */
export class MergeClosedError extends Error {
  override readonly name = 'MergeClosedError'
}

type Settled<T> = { index: number, result: IteratorResult<T> } | { index: number, error: unknown }

// A pending next() that never rejects: nothing can become an unhandled rejection.
function settle<T>(index: number, it: AsyncIterator<T>): Promise<Settled<T>> {
  return it.next().then(result => ({ index, result }), (error: unknown) => ({ index, error }))
}

// #region openSources
export async function* mergeStreams<T>(
  sources: readonly Source<T>[], o: MergeOptions,
): AsyncGenerator<Merged<T>> {
  const controllers = sources.map(() => new AbortController())
  const iterators = sources.map((open, i) => open(controllers[i]!.signal)[Symbol.asyncIterator]())
  const pending = new Map<number, Promise<Settled<T>>>() // one pending next() per live source
  const live = new Set(iterators.keys()) // sources not yet finished or failed
  iterators.forEach((it, i) => pending.set(i, settle(i, it)))
  // #endregion openSources
  // #region merge
  try {
    while (pending.size > 0) {
      const settled = await nextOrIdle([...pending.values()], o.idleMs)
      if (settled === 'idle') return o.onIdle?.()
      pending.delete(settled.index)
      // #region errorMarker
      if ('error' in settled) { // one marker for this source, then it drops out; the others go on
        live.delete(settled.index)
        yield { source: settled.index, error: settled.error }
      }
      // #endregion errorMarker
      else if (settled.result.done) live.delete(settled.index) // finished: drops out
      else {
        yield { source: settled.index, chunk: settled.result.value }
        pending.set(settled.index, settle(settled.index, iterators[settled.index]!)) // ask for its next
      }
    }
  }
  // #endregion merge
  // #region closeAll
  finally { // idle, consumer break, or an error: close every source that is still open
    const closing: Promise<unknown>[] = []
    for (const i of live) {
      controllers[i]!.abort(new MergeClosedError('merge closed')) // a stalled read ends now
      const done = iterators[i]!.return?.() ?? Promise.resolve()
      if (pending.has(i)) // a generator runs return() only after its pending next(): do not wait
        done.catch(() => {})
      else
        closing.push(done.catch(() => {}))
    }
    await Promise.all(closing) // sources paused at a yield: their finally has run when we return
  }
}
// #endregion closeAll

// #region idleTimeout
/** Whichever source settles first, or 'idle' when none does within idleMs (one shared clock). */
async function nextOrIdle<T>(pending: Promise<Settled<T>>[], idleMs: number): Promise<Settled<T> | 'idle'> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const idle = new Promise<'idle'>((resolve) => { timer = setTimeout(resolve, idleMs, 'idle') })
  try {
    return await Promise.race([...pending, idle])
  }
  finally {
    clearTimeout(timer) // re-armed on every wait: any chunk from any source resets it
  }
}
// #endregion idleTimeout
