// Pick the fastest provider: race several vendors' streams, commit to the first that produces a
// chunk. Today it uses Promise.race: a provider that FAILS first ends the race, the losers keep
// streaming (socket, permit and vendor tokens spent for nothing), and nothing is ever aborted.
import type { LlmChunk } from '../../../../snippets/safe-api-calls/streaming-patterns/streamLlm.ts'

export interface Provider {
  name: string
  open: (signal: AbortSignal) => AsyncIterable<LlmChunk> // signal => streamLlm(req, depsOfThisVendor, signal)
}

interface Started { index: number, first: LlmChunk, rest: AsyncIterator<LlmChunk> }

async function start(p: Provider, index: number, signal: AbortSignal): Promise<Started> {
  const rest = p.open(signal)[Symbol.asyncIterator]()
  const step = await rest.next() // the rest stays open: this iterator owns the response body
  if (step.done)
    throw new Error(`${p.name}: stream ended without a chunk`)
  return { index, first: step.value, rest }
}

export async function* firstResponder(providers: readonly Provider[], signal: AbortSignal): AsyncGenerator<LlmChunk> {
  // TODO 1: one AbortController per provider, combined with `signal` (AbortSignal.any).
  // TODO 2: wait for the first SUCCESS (Promise.any), not the first settlement; when every provider
  //         fails, throw an AggregateError carrying each provider's error.
  // TODO 3: abort every loser at once, and close (return()) a loser's iterator if it answers later.
  // TODO 4: in finally, close the winner's iterator too (a consumer that stops ends its request).
  const starts = providers.map((p, i) => start(p, i, signal))
  const winner = await Promise.race(starts)
  yield winner.first
  for (let step = await winner.rest.next(); !step.done; step = await winner.rest.next())
    yield step.value
}
