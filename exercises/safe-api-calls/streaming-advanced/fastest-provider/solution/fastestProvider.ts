// Pick the fastest provider (solution): Promise.any over the starts, every loser aborted and
// closed at once, the winner read through the iterator that owns its open response.
import type { LlmChunk } from '../../../../../snippets/safe-api-calls/streaming-patterns/streamLlm.ts'

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
  const controllers = providers.map(() => new AbortController())
  const starts = providers.map((p, i) => start(p, i, AbortSignal.any([controllers[i]!.signal, signal])))
  const winner = await Promise.any(starts) // the first SUCCESS, not the first settlement
    .catch((err: unknown) => {
      throw new AggregateError(err instanceof AggregateError ? err.errors : [err], 'all providers failed')
    })
  starts.forEach((started, i) => { // every loser: abort now, and close its body if it answers later
    if (i === winner.index) return
    controllers[i]!.abort(new Error('lost the race'))
    started.then(s => s.rest.return?.(), () => {}).catch(() => {})
  })
  try {
    yield winner.first
    for (let step = await winner.rest.next(); !step.done; step = await winner.rest.next())
      yield step.value
  }
  finally { // the consumer stopped, or the stream ended: the winner's request ends too
    await winner.rest.return?.()
    controllers[winner.index]!.abort(new Error('done'))
  }
}
