// A circuit breaker that understands streams: one stream is one outcome, decided by how it ended
// and how many chunks it carried. The in-memory machine teaches it; in a fleet the same classifier
// feeds the shared Redis breaker (advanced-patterns/redisBreaker.ts). Browser-runnable.
import { type BreakerConfig, BreakerStateMachine, type Outcome, outcomeOf } from '../advanced-patterns/breakerStateMachine.ts'
import type { Breaker } from '../advanced-patterns/redisBreaker.ts'
import { ClientAbortError, UpstreamHttpError } from '../call-patterns/errors.ts'

/** Guide: 5 failures open it, 2 successes close it, 60 s open, >= 10 chunks for a success. */
export const GUIDE_STREAM_BREAKER: BreakerConfig & { minChunks: number } = {
  failureThreshold: 5, windowMs: 60_000, openMs: 60_000, probeBudget: 2, successThreshold: 2, minChunks: 10,
}

export interface StreamEnd {
  chunks: number
  error?: unknown // set when the stream threw
  completed: boolean // the source ended cleanly (not a consumer break)
}

// #region chunkAwareOutcome
export function chunkAwareOutcome(end: StreamEnd, minChunks: number): Outcome {
  if (end.error instanceof ClientAbortError || (!end.completed && end.error === undefined))
    return 'neutral' // the client left: says nothing about the vendor (however many chunks)
  if (end.error !== undefined) // a 4xx stays neutral; a reset, 5xx or stall mid-stream is a fault
    return end.error instanceof UpstreamHttpError ? outcomeOf(end.error) : 'vendor-fault'
  return end.chunks >= minChunks ? 'success' : 'neutral' // a short clean stream proves little
}
// #endregion chunkAwareOutcome

// #region execute
/** allow() runs NOW (a refusal is a real 503); the returned stream records its outcome once it ends. */
export async function execute<T>(
  breaker: Breaker, open: () => AsyncIterable<T>, minChunks = GUIDE_STREAM_BREAKER.minChunks,
): Promise<AsyncGenerator<T>> {
  await breaker.allow() // throws BreakerOpenError before open() is called
  return recordOutcome(breaker, open(), minChunks)
}
// #endregion execute

// #region recordOutcome
async function* recordOutcome<T>(
  breaker: Breaker, source: AsyncIterable<T>, minChunks: number,
): AsyncGenerator<T> {
  const end: StreamEnd = { chunks: 0, completed: false }
  try {
    for await (const chunk of source) {
      end.chunks++
      yield chunk
    }
    end.completed = true
  }
  catch (err) {
    end.error = err
    throw err
  }
  finally {
    await breaker.record(chunkAwareOutcome(end, minChunks))
  }
}
// #endregion recordOutcome

/** The pure machine behind the section's Breaker contract (one pod, tests, browser demos). */
export function memoryBreaker(machine = new BreakerStateMachine(GUIDE_STREAM_BREAKER)): Breaker & { machine: BreakerStateMachine } {
  return { machine, allow: async () => machine.allow(), record: async o => machine.record(o) }
}
