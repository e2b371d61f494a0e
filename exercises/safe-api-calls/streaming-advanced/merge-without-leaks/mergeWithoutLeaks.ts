// Merge without leaks: combine N live streams into one, in arrival order, without leaking a single
// source. Today it reads the sources ONE AFTER ANOTHER: no interleaving, one failure ends
// everything, a stalled source hangs forever, and nothing is closed when the consumer stops.

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

export async function* mergeStreams<T>(sources: readonly Source<T>[], o: MergeOptions): AsyncGenerator<Merged<T>> {
  // TODO 1: open every source with its own AbortController and keep ONE pending next() per source
  //         (a promise that never rejects: resolve to { index, result } or { index, error }).
  // TODO 2: loop: race the pending next() calls against an idle timer of o.idleMs (re-armed on every
  //         wait, cleared afterwards); 'idle' -> call o.onIdle and end the merge.
  // TODO 3: a chunk -> yield { source, chunk } and ask that source for its next; done -> it drops
  //         out; an error -> yield ONE { source, error } marker and it drops out; the others go on.
  // TODO 4: in finally, abort and return() every source that is still open (do not await return()
  //         on a source whose next() is still pending: a generator runs it only after that next()).
  void o
  for (const [source, open] of sources.entries()) {
    for await (const chunk of open(new AbortController().signal))
      yield { source, chunk }
  }
}
