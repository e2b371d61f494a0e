// The production streaming endpoint, composed from the section's pieces: refusals before streamSSE
// (admission, user limits, shared breaker, queue phase -> real 429/503), then the upstream stream
// through its clocks, a chunk-aware breaker outcome, disconnect wiring, metrics, and sanitized
// in-band errors. Node in production (undici Pool, Redis breaker); the route itself is portable.
import type { Context, Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { z } from 'zod'
import type { Breaker } from '../advanced-patterns/redisBreaker.ts'
import type { CallLog, QueuePhase } from '../call-patterns/callLlm.ts'
import { AdmissionRejectedError, ClientAbortError, errorCode, QueueTimeoutError, RejectedError, UserRateLimitedError } from '../call-patterns/errors.ts'
import { retryAfterHeader } from '../call-patterns/retryAfter.ts'
import type { Permit } from '../core-concepts/semaphore.ts'
import { inBandCode } from '../streaming-patterns/sseEndpoint.ts'
import { type StreamDeps, streamLlm } from '../streaming-patterns/streamLlm.ts'
import { type StreamMetrics, withStreamMetrics } from '../streaming-patterns/streamMetrics.ts'
import type { StreamAdmission, StreamTicket } from './streamAdmission.ts'
import { execute, GUIDE_STREAM_BREAKER } from './streamingBreaker.ts'

// #region state
/** The guide's numbers. Admission (50 streams) binds before the 100-permit semaphore. */
export const GUIDE_PRODUCTION_STREAM = {
  streamPermits: 100, ratePerMinute: 60, admission: { maxStreams: 50, maxChunksPerSec: 1_000 },
  pool: { connections: 150, keepAlive: 50, connectTimeoutMs: 5_000, bodyTimeoutMs: 60_000 }, // read 60 s per chunk
  writeTimeoutMs: 10_000, queueMs: 5_000, // queue: token + permit only, never the stream
} as const

export interface ProductionStreamDeps {
  stream: StreamDeps // pool transport, queue phase (token + permit), clocks, backoff
  admission: StreamAdmission // per pod
  breaker: Breaker // shared (Redis) in a fleet
  userLimit?: (c: Context) => Promise<void> // throws UserRateLimitedError (429)
  metrics: StreamMetrics
  log?: CallLog
}
// #endregion state

const Body = z.object({ messages: z.array(z.object({ role: z.enum(['system', 'user', 'assistant']), content: z.string() })).min(1) })

/** The sanitized in-band code: never the raw exception text. */
export function streamErrorCode(err: unknown): 'timeout' | 'service_unavailable' | 'upstream_error' {
  return err instanceof RejectedError || err instanceof QueueTimeoutError ? 'service_unavailable' : inBandCode(err)
}

// #region refuse
function refuse(c: Context, err: unknown): Response {
  const rejected = err instanceof RejectedError ? err : undefined
  const retryAfterMs = rejected?.retryAfterMs ?? 1_000 // QueueTimeoutError: "try again soon"
  c.header('Retry-After', retryAfterHeader(retryAfterMs))
  return c.json({ error: errorCode(err) }, err instanceof UserRateLimitedError ? 429 : 503)
}
// #endregion refuse

export function registerStreamRoute(app: Hono, deps: ProductionStreamDeps): void {
  app.post('/v1/stream', async (c) => {
    const body = Body.safeParse(await c.req.json().catch(() => null))
    if (!body.success)
      return c.json({ error: 'invalid_body' }, 400)
    // #region endpoint
    const ticket = deps.admission.admit() // 1. active streams + chunk estimate: sync, no lock
    if (!ticket)
      return refuse(c, new AdmissionRejectedError(1_000))
    const upstream = new AbortController() // one per request: the client's leaving aborts the vendor call
    const gone = () => upstream.abort(new ClientAbortError('client disconnected'))
    c.req.raw.signal.addEventListener('abort', gone, { once: true })
    let permit: Permit | undefined
    try {
      await deps.userLimit?.(c) // 2. user limits (429) and 3. the shared breaker (503), below
      permit = await deps.stream.queue(upstream.signal, (e, f) => deps.log?.(e, f)) // 4. token + permit
    }
    catch (err) {
      ticket.release({ chunks: 0, durationMs: 0 })
      c.req.raw.signal.removeEventListener('abort', gone)
      if (err instanceof RejectedError || err instanceof QueueTimeoutError) return refuse(c, err)
      throw err
    }
    return proxy(c, deps, body.data, { ticket, permit, upstream, gone })
    // #endregion endpoint
  })
}

interface Held { ticket: StreamTicket, permit: Permit | undefined, upstream: AbortController, gone: () => void }

// #region breakerGate
async function proxy(c: Context, deps: ProductionStreamDeps, req: z.infer<typeof Body>, held: Held): Promise<Response> {
  let first = held.permit // the held permit serves attempt 1; a retry queues again
  const queue: QueuePhase = async (signal, log) => {
    const permit = first
    first = undefined
    return permit ?? deps.stream.queue(signal, log)
  }
  const stream: StreamDeps = { ...deps.stream, queue }
  let chunks: AsyncGenerator<{ id: string | undefined, text: string }>
  try {
    const open = () => streamLlm(req, stream, held.upstream.signal) // not called when the breaker refuses
    chunks = await execute(deps.breaker, open, GUIDE_STREAM_BREAKER.minChunks)
  }
  catch (err) { // BreakerOpenError: still before streamSSE, so a real 503
    held.permit?.release()
    held.ticket.release({ chunks: 0, durationMs: 0 })
    c.req.raw.signal.removeEventListener('abort', held.gone)
    return refuse(c, err)
  }
  // #endregion breakerGate
  // #region sseLoop
  c.header('X-Accel-Buffering', 'no')
  return streamSSE(c, async (sse) => {
    sse.onAbort(held.gone)
    const started = performance.now()
    let sent = 0
    try {
      for await (const chunk of withStreamMetrics(chunks, deps.metrics)) {
        await sse.writeSSE({ id: chunk.id, data: JSON.stringify({ delta: chunk.text }) })
        sent++
      }
      await sse.writeSSE({ data: '[DONE]' })
    }
    catch (err) { // after the first byte: a stable code, never the exception text
      deps.log?.('stream_failed', { code: errorCode(err), error: err instanceof Error ? err.name : 'unknown' })
      if (!(held.upstream.signal.reason instanceof ClientAbortError)) // nobody listens after a disconnect
        await sse.writeSSE({ event: 'error', data: JSON.stringify({ error: streamErrorCode(err) }) })
    }
    // #endregion sseLoop
    // #region releaseAll
    finally {
      first?.release() // never iterated: the pre-acquired permit goes back
      held.ticket.release({ chunks: sent, durationMs: performance.now() - started })
      c.req.raw.signal.removeEventListener('abort', held.gone)
    }
  })
}
// #endregion releaseAll
