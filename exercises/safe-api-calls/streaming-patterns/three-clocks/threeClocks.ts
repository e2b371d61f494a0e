// The three clocks of a stream: time to first token, idle gap between items, optional total cap.
// Each fires a typed error and calls onTimeout (which aborts the upstream request).

export class TtftTimeoutError extends Error {
  override readonly name = 'TtftTimeoutError'
}
export class StreamIdleTimeoutError extends Error {
  override readonly name = 'StreamIdleTimeoutError'
}
export class StreamTotalTimeoutError extends Error {
  override readonly name = 'StreamTotalTimeoutError'
}
export type StreamClockError = TtftTimeoutError | StreamIdleTimeoutError | StreamTotalTimeoutError

export interface StreamClockOptions {
  ttftMs: number // request start -> first item (kit default 20 s)
  idleMs: number // longest silence between items (the guide's per-chunk read timeout, 60 s)
  totalMs?: number // optional wall-clock cap, far above the longest legitimate stream (240 s)
  onTimeout: (err: StreamClockError) => void // abort the upstream: a timer alone stops nothing
}

export async function* withStreamClocks<T>(source: AsyncIterable<T>, o: StreamClockOptions): AsyncGenerator<T> {
  // TODO 1: a total clock (only when o.totalMs is set), armed once at the start.
  // TODO 2: ONE gap clock per next(): the TTFT budget before the first item, the idle budget after.
  //         Race it against the source's next(); clear it as soon as the race settles.
  // TODO 3: when a clock fires: call o.onTimeout(err) once, and make the loop throw err.
  // TODO 4: in finally: clear every timer and let the source clean up (return()).
  void o
  yield* source
}
