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
  const it = source[Symbol.asyncIterator]()
  const { promise: expired, reject } = Promise.withResolvers<never>()
  expired.catch(() => {}) // observed through the race below
  const fire = (err: StreamClockError) => {
    o.onTimeout(err)
    reject(err)
  }
  const total = o.totalMs === undefined ? undefined
    : setTimeout(() => fire(new StreamTotalTimeoutError(`stream exceeded ${o.totalMs} ms`)), o.totalMs)
  let first = true
  let pending = false // a next() still running: return() would wait for it
  try {
    for (;;) {
      const gap = first // one gap clock, re-armed each time we ask for the next item
        ? setTimeout(() => fire(new TtftTimeoutError(`no first token in ${o.ttftMs} ms`)), o.ttftMs)
        : setTimeout(() => fire(new StreamIdleTimeoutError(`no item for ${o.idleMs} ms`)), o.idleMs)
      pending = true
      const step = await Promise.race([it.next(), expired]).finally(() => clearTimeout(gap))
      pending = false
      if (step.done)
        return
      first = false
      yield step.value // the consumer's time is not upstream silence: the gap clock is off
    }
  }
  finally {
    clearTimeout(total) // no pending timer survives the stream, whatever ended it
    if (pending) // timed out mid-next: the aborted upstream settles it; do not wait here
      it.return?.().catch(() => {})
    else
      await it.return?.() // early break: the source's finally runs (permit, socket)
  }
}
