// Stream-safe observer (see README.md): log total bytes and full duration of EVERY response,
// SSE streams included, without buffering.
import type { MiddlewareHandler } from 'hono'

export interface StreamLog {
  bytes: number
  duration_ms: number
  aborted: boolean
}

/** The transformer's `cancel` is in the Streams spec (Node 22+); TypeScript's lib lags behind. */
type Observer = Transformer<Uint8Array, Uint8Array> & { cancel: (reason: unknown) => void }

export const streamObserver = (log: (line: StreamLog) => void,
  now = () => performance.now()): MiddlewareHandler =>
  async (c, next) => {
    const start = now()
    await next()
    let bytes = 0
    const report = (aborted: boolean) =>
      log({ bytes, duration_ms: Math.round(now() - start), aborted })
    const observer: Observer = {
      transform(chunk, out) { bytes += chunk.byteLength; out.enqueue(chunk) }, // pass on at once
      flush() { report(false) }, // after the last chunk
      cancel() { report(true) }, // the client went away
    }
    if (c.res.body)
      c.res = new Response(c.res.body.pipeThrough(new TransformStream(observer)), c.res)
    else
      report(false)
  }
