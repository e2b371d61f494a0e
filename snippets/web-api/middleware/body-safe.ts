// Observing a response body without buffering it. Reading c.res (text/json/arrayBuffer, or a
// clone) waits for the LAST byte; piping the body through a TransformStream passes every chunk
// on at once and still sees the total. Browser-safe.
import { Hono, type MiddlewareHandler } from 'hono'
import { streamSSE } from 'hono/streaming'

// #region buffering-antipattern
/** DON'T: waits for the whole body, holds it in memory, hangs on endless SSE. */
export const bufferingLogger = (log: (bytes: number) => void): MiddlewareHandler =>
  async (c, next) => {
    await next()
    const body = await c.res.text() // every byte, in RAM, before anything is sent
    log(new TextEncoder().encode(body).byteLength)
    c.res = new Response(body, c.res) // rebuilt from the buffer
  }
// #endregion buffering-antipattern

export interface StreamReport {
  bytes: number
  duration_ms: number
  aborted: boolean
}

/** `cancel` is in the Streams spec (Node 22+, current browsers); TypeScript's lib lags behind. */
type Observer = Transformer<Uint8Array, Uint8Array> & { cancel: (reason: unknown) => void }

// #region observe-stream
export const observeStream = (log: (r: StreamReport) => void,
  now = () => performance.now()): MiddlewareHandler =>
  async (c, next) => {
    const start = now()
    await next()
    let bytes = 0
    const report = (aborted: boolean) =>
      log({ bytes, duration_ms: Math.round(now() - start), aborted })
    const counter: Observer = {
      transform(chunk, out) { bytes += chunk.byteLength; out.enqueue(chunk) }, // pass on now
      flush() { report(false) }, // after the last chunk
      cancel() { report(true) }, // the client went away
    }
    if (c.res.body) // same status and headers, body flows through
      c.res = new Response(c.res.body.pipeThrough(new TransformStream(counter)), c.res)
    else report(false)
  }
// #endregion observe-stream

export type Sleep = (ms: number) => Promise<void>
const sleep: Sleep = ms => new Promise(resolve => setTimeout(resolve, ms))

/** An SSE producer: `count` events, `gapMs` apart (the first after one gap). */
export function createEventsApp(layer: MiddlewareHandler, count = 5, gapMs = 100, wait = sleep) {
  const app = new Hono()
  app.use(layer)
  app.get('/events', c => streamSSE(c, async (stream) => {
    for (let i = 1; i <= count && !stream.aborted; i++) {
      await wait(gapMs)
      await stream.writeSSE({ data: `token ${i}` })
    }
  }))
  app.get('/empty', c => c.body(null, 204))
  return app
}

/** Reads a response and reports when its first chunk arrived (ms after `start`). */
export async function firstChunkAfter(res: Response, start: number, now = () => performance.now()) {
  if (!res.body)
    return { firstMs: now() - start, text: '', totalMs: now() - start }
  const reader = res.body.getReader()
  let first: number | undefined
  let text = ''
  const decoder = new TextDecoder()
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    first ??= now() - start
    text += decoder.decode(r.value, { stream: true })
  }
  return { firstMs: first ?? now() - start, text, totalMs: now() - start }
}
