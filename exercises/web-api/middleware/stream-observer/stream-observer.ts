// Stream-safe observer (see README.md): log total bytes and full duration of EVERY response,
// SSE streams included, without buffering.
import type { MiddlewareHandler } from 'hono'

export interface StreamLog {
  bytes: number
  duration_ms: number
  aborted: boolean
}

export const streamObserver = (log: (line: StreamLog) => void,
  now = () => performance.now()): MiddlewareHandler =>
  async (c, next) => {
    const start = now()
    await next()
    // TODO: this reads the whole body first: the client sees nothing until the stream ends,
    // and a cancelled stream is never logged. Pass chunks on as they come instead
    // (a TransformStream: count in transform, log in flush, log aborted in cancel).
    const body = await c.res.arrayBuffer()
    log({ bytes: body.byteLength, duration_ms: Math.round(now() - start), aborted: false })
    c.res = new Response(body, c.res)
  }
