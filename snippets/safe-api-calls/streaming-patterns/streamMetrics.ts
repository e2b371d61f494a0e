// Streaming metrics recorded on EVERY exit path (completion, error, disconnect) from one wrapper.
// A tiny in-memory registry stands in for prom-client: same metric names. Browser-runnable.
import { ClientAbortError } from '../call-patterns/errors.ts'

export type StreamOutcome = 'completed' | 'error' | 'disconnect'

export interface StreamObservation {
  outcome: StreamOutcome
  durationMs: number // stream_duration_seconds
  ttfcMs: number | null // time_to_first_chunk_seconds; null: nothing was ever sent
  chunks: number // chunks_per_stream
  errorType: string | undefined // stream_errors_total{type}
}

export class StreamMetrics {
  activeStreams = 0 // active_streams (gauge)
  clientDisconnects = 0 // client_disconnects_total
  readonly streamErrors = new Map<string, number>() // stream_errors_total{type}
  readonly observations: StreamObservation[] = [] // the histograms' raw samples

  record(o: StreamObservation): void {
    this.observations.push(o)
    if (o.outcome === 'disconnect')
      this.clientDisconnects++
    if (o.outcome === 'error' && o.errorType !== undefined)
      this.streamErrors.set(o.errorType, (this.streamErrors.get(o.errorType) ?? 0) + 1)
  }
}

// #region metricsState
export async function* withStreamMetrics<T>(
  source: AsyncIterable<T>, m: StreamMetrics, now = () => performance.now(),
): AsyncGenerator<T> {
  const start = now() // monotonic: wall-clock jumps cannot make a negative duration
  let firstAt: number | null = null
  let chunks = 0
  let outcome: StreamOutcome = 'disconnect' // a consumer that stops early never reaches the end
  let errorType: string | undefined
  // #endregion metricsState
  // #region metricsWrapper
  m.activeStreams++ // the gauge: up here, down in finally
  try {
    for await (const item of source) {
      firstAt ??= now()
      chunks++
      yield item
    }
    outcome = 'completed'
  }
  catch (err) {
    outcome = err instanceof ClientAbortError ? 'disconnect' : 'error'
    errorType = err instanceof Error ? err.name : 'unknown'
    throw err
  }
  finally {
    m.activeStreams--
    const ttfcMs = firstAt === null ? null : firstAt - start
    const type = outcome === 'error' ? errorType : undefined
    m.record({ outcome, durationMs: now() - start, ttfcMs, chunks, errorType: type })
  }
}
// #endregion metricsWrapper
