// First response wins: start a stream per provider, commit to the first that produces a chunk,
// abort every loser at once (socket, permit, vendor work), keep reading only the winner through the
// iterator that owns its open response. All failing -> AggregateError with every provider's cause.
// Browser-runnable with in-process fakes; undici + pools in Node.
import { abortableSleep } from '../call-patterns/backoff.ts'
import { anySignal } from '../concurrency-and-timeouts/deadline.ts'

export interface Provider<T> {
  name: string
  open: (signal: AbortSignal) => AsyncIterable<T> // e.g. signal => streamLlm(req, depsOfThisVendor, signal)
}

export interface RaceOptions {
  hedgeMs?: number // hedging (kit addition): provider i starts only after i x hedgeMs without a winner
  onWinner?: (name: string) => void
}

/** The reason a losing provider's signal carries (its stats and logs say "lost the race"). */
export class LostRaceError extends Error {
  override readonly name = 'LostRaceError'
}

interface Started<T> { index: number, first: T, rest: AsyncIterator<T> }

// #region ownership
/** The first chunk plus the still-open rest: the iterator owns the response body from here on. */
async function start<T>(p: Provider<T>, index: number, signal: AbortSignal, delayMs: number): Promise<Started<T>> {
  if (delayMs > 0)
    await abortableSleep(delayMs, signal) // hedged: a winner before this aborts it, nothing is sent
  const rest = p.open(signal)[Symbol.asyncIterator]()
  const step = await rest.next() // the generator is mid-body; NOT closed when we return
  if (step.done)
    throw new Error(`${p.name}: stream ended without a chunk`)
  return { index, first: step.value, rest }
}
// #endregion ownership

// #region raceFirstChunk
export async function* firstResponder<T>(
  providers: readonly Provider<T>[], signal: AbortSignal, o: RaceOptions = {},
): AsyncGenerator<T> {
  const controllers = providers.map(() => new AbortController())
  const starts = providers.map((p, i) =>
    start(p, i, anySignal(controllers[i]!.signal, signal), i * (o.hedgeMs ?? 0)))
  const winner = await Promise.any(starts) // the first SUCCESS: an early failure does not end the race
    .catch((err: unknown) => { // every provider failed: each cause, in provider order
      throw new AggregateError(err instanceof AggregateError ? err.errors : [err], 'all providers failed')
    })
  abortLosers(starts, controllers, winner.index) // at once: before we forward a single chunk
  o.onWinner?.(providers[winner.index]!.name)
  // #endregion raceFirstChunk
  // #region readWinner
  try {
    yield winner.first
    for (let step = await winner.rest.next(); !step.done; step = await winner.rest.next())
      yield step.value
  }
  finally { // normal end, error, or the consumer stopped: the winner's request ends too
    await winner.rest.return?.()
    controllers[winner.index]!.abort(new LostRaceError('consumer stopped'))
  }
}
// #endregion readWinner

// #region abortLosers
function abortLosers<T>(starts: Promise<Started<T>>[], controllers: AbortController[], winner: number): void {
  starts.forEach((started, i) => {
    if (i === winner)
      return
    controllers[i]!.abort(new LostRaceError('another provider answered first')) // socket, permit, vendor work
    started.then(s => s.rest.return?.(), () => {}).catch(() => {}) // a late first chunk: close that body too
  })
}
// #endregion abortLosers
