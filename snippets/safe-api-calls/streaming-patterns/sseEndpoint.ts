// The SSE proxy endpoint: refusals happen BEFORE streamSSE (real 429/503), errors after the first
// byte go in-band with stable codes, and a client disconnect aborts the vendor request at once.
// Browser-runnable in-process (app.request); @hono/node-server over real sockets.
import type { Context, Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { z } from 'zod'
import type { CallLog } from '../call-patterns/callLlm.ts'
import { ClientAbortError, errorCode, RejectedError, UserRateLimitedError } from '../call-patterns/errors.ts'
import { retryAfterHeader } from '../call-patterns/retryAfter.ts'
import { StreamIdleTimeoutError, StreamTotalTimeoutError, TtftTimeoutError } from './streamClocks.ts'
import { type StreamDeps, streamLlm } from './streamLlm.ts'
import { type StreamMetrics, withStreamMetrics } from './streamMetrics.ts'

export interface SseEndpointDeps {
  stream: StreamDeps
  metrics: StreamMetrics
  maxActiveStreams: number // admission: beyond this, a real 503 instead of a stream
  preflight?: () => Promise<void> // user limits, breaker: throw a RejectedError to refuse
  log?: CallLog
}

const Body = z.object({ messages: z.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })).min(1) })

// #region preflightChecks
async function preflight(c: Context, deps: SseEndpointDeps): Promise<Response | undefined> {
  try {
    if (deps.metrics.activeStreams >= deps.maxActiveStreams)
      throw new RejectedError('AdmissionRejectedError', 'ADMISSION_REJECTED', 'too many streams', 1_000)
    await deps.preflight?.() // before streamSSE: the status can still say no
    return undefined
  }
  catch (err) {
    if (!(err instanceof RejectedError)) throw err
    const status = err instanceof UserRateLimitedError ? 429 : 503
    c.header('Retry-After', retryAfterHeader(err.retryAfterMs))
    return c.json({ error: errorCode(err) }, status)
  }
}
// #endregion preflightChecks

// #region inBandErrors
/** After the first byte the status is 200 for good: errors become an `event: error` with a stable code. */
export function inBandCode(err: unknown): 'timeout' | 'upstream_error' {
  const clocks = [TtftTimeoutError, StreamIdleTimeoutError, StreamTotalTimeoutError]
  return clocks.some(cls => err instanceof cls) ? 'timeout' : 'upstream_error'
}
// #endregion inBandErrors

export function registerSseEndpoint(app: Hono, deps: SseEndpointDeps): Hono {
  return app.post('/v1/stream', async (c) => {
    const parsed = Body.safeParse(await c.req.json().catch(() => null))
    if (!parsed.success)
      return c.json({ error: 'invalid_body' }, 400)
    const refusal = await preflight(c, deps)
    if (refusal)
      return refusal
    // #region headers
    c.header('X-Accel-Buffering', 'no') // nginx would otherwise buffer the whole stream
    return streamSSE(c, async (stream) => { // sets text/event-stream, no-cache, keep-alive
      // #endregion headers
      // #region disconnectWiring
      const upstream = new AbortController() // one per request; its signal goes to the vendor call
      const gone = () => upstream.abort(new ClientAbortError('client disconnected'))
      stream.onAbort(gone) // the response stream was cancelled
      c.req.raw.signal.addEventListener('abort', gone, { once: true }) // node: the socket closed
      // #endregion disconnectWiring
      // #region proxyStream
      try {
        const chunks = withStreamMetrics(streamLlm(parsed.data, deps.stream, upstream.signal), deps.metrics)
        for await (const chunk of chunks) // write() resolves when the client side takes it
          await stream.writeSSE({ data: JSON.stringify({ delta: chunk.text }), id: chunk.id })
        await stream.writeSSE({ data: '[DONE]' })
      }
      catch (err) {
        deps.log?.('stream_failed', { code: errorCode(err), error: err instanceof Error ? err.name : 'unknown' })
        if (!upstream.signal.aborted) // nobody is listening after a disconnect
          await stream.writeSSE({ event: 'error', data: JSON.stringify({ error: inBandCode(err) }) })
      }
      finally {
        c.req.raw.signal.removeEventListener('abort', gone)
      }
      // #endregion proxyStream
    })
  })
}
