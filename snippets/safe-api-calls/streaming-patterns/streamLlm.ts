// The streaming call: the queue clock covers only acquiring capacity; the permit is held for the
// whole stream and released in `finally`; retries happen only before the first chunk is forwarded.
// Browser-runnable with the in-process fake (inProcessTransport); undici + Pool in Node.
import { anySignal } from '../concurrency-and-timeouts/deadline.ts'
import { abortableSleep, type BackoffOptions, fullJitter } from '../call-patterns/backoff.ts'
import { type CallLog, type LlmRequest, newRequestId, type QueuePhase, type Transport } from '../call-patterns/callLlm.ts'
import { classify, MAX_ATTEMPTS, unwrap } from '../call-patterns/classify.ts'
import { TransportError, UpstreamHttpError } from '../call-patterns/errors.ts'
import { parseRetryAfter } from '../call-patterns/retryAfter.ts'
import { type LlmChunk, parseUpstream, StreamProtocolError } from './sseParse.ts'
import { StreamIdleTimeoutError, type StreamClockOptions, TtftTimeoutError, withStreamClocks } from './streamClocks.ts'

export type { LlmChunk } from './sseParse.ts'

export interface StreamDeps {
  transport: Transport
  url: string // the vendor's chat completions endpoint
  queue: QueuePhase // token + permit under the queue deadline (call-patterns' localQueuePhase)
  clocks: Omit<StreamClockOptions, 'onTimeout'>
  backoff: BackoffOptions
  maxAttempts?: number // may only lower the kit's 3
  headers?: Record<string, string>
  rand?: () => number
  now?: () => number // epoch ms, for HTTP-date Retry-After
  log?: CallLog
}

// #region acquireThenStream
export async function* streamLlm(req: LlmRequest, deps: StreamDeps, signal: AbortSignal): AsyncGenerator<LlmChunk> {
  const id = req.requestId ?? newRequestId()
  for (let attempt = 0; ; attempt++) {
    let forwarded = 0
    try {
      // The queue deadline lives inside deps.queue and is disarmed once the permit is held:
      // it never covers the stream (the guide's 5 s timeout would cut every stream at 5 s).
      using _permit = await deps.queue(signal, (event, f) => deps.log?.(event, { request_id: id, attempt, ...f }))
      // #endregion acquireThenStream
      // #region holdPermitForStream
      for await (const chunk of streamAttempt(req, deps, signal, id, attempt)) {
        forwarded++
        yield chunk // the permit stays held while the consumer reads
      }
      return
    } // <- permit released here: normal end, error, or the consumer's break (return())
    // #endregion holdPermitForStream
    // #region retryBeforeFirstChunk
    catch (thrown) {
      const err = streamError(thrown)
      if (forwarded > 0) // the client already has data: a retry would duplicate or splice it
        throw err
      const waitMs = retryDelay(err, attempt, deps)
      if (waitMs === undefined)
        throw err
      deps.log?.('stream_retrying', { request_id: id, attempt, error: err instanceof Error ? err.name : 'unknown' })
      await abortableSleep(waitMs, signal) // holds no permit
    }
  }
}
// #endregion retryBeforeFirstChunk

// #region startRetryPolicy

function retryDelay(err: unknown, attempt: number, deps: StreamDeps): number | undefined {
  if (attempt + 1 >= Math.min(MAX_ATTEMPTS, deps.maxAttempts ?? MAX_ATTEMPTS))
    return undefined
  if (err instanceof TtftTimeoutError) // nothing was sent yet: one more chance
    return attempt === 0 ? fullJitter(attempt, deps.backoff, deps.rand) : undefined
  const d = classify(err, attempt) // connection errors, 5xx: backoff; 4xx: stop
  if (d.action === 'retry')
    return fullJitter(attempt, deps.backoff, deps.rand)
  if (d.action === 'wait-then-retry' && d.retryAfterMs !== undefined && d.retryAfterMs <= deps.clocks.ttftMs)
    return d.retryAfterMs // 429/503 advice that fits the first-token budget
  return undefined
}
// #endregion startRetryPolicy

async function* streamAttempt(req: LlmRequest, deps: StreamDeps, signal: AbortSignal, id: string, attempt: number): AsyncGenerator<LlmChunk> {
  const clocks = new AbortController() // a clock that fires aborts THIS attempt's request
  const linked = anySignal(clocks.signal, signal)
  yield* withStreamClocks(openStream(req, deps, linked, id, attempt), { ...deps.clocks, onTimeout: err => clocks.abort(err) })
}

async function* openStream(req: LlmRequest, deps: StreamDeps, signal: AbortSignal, id: string, attempt: number): AsyncGenerator<LlmChunk> {
  const headers = { 'content-type': 'application/json', 'x-request-id': id, 'x-attempt': String(attempt + 1), ...deps.headers }
  const body = JSON.stringify({ model: req.model, messages: req.messages, stream: true })
  const res = await deps.transport(new Request(deps.url, { method: 'POST', headers, body }), signal)
  if (!res.ok || !res.body) { // check the status before reading a single event
    await res.body?.cancel()
    throw new UpstreamHttpError(res.status, parseRetryAfter(res.headers, (deps.now ?? Date.now)()))
  }
  yield* parseUpstream(res.body)
}

// #region transportIdle
/** undici's bodyTimeout (the transport backstop) and our idle clock mean the same thing. */
export function streamError(thrown: unknown): unknown {
  if (thrown instanceof StreamProtocolError)
    return thrown
  const err = unwrap(thrown) // TypeError('terminated') -> its cause, typed
  if (err instanceof TransportError && err.kind === 'body-timeout')
    return new StreamIdleTimeoutError('vendor silent longer than bodyTimeout', { cause: thrown })
  return err
}
// #endregion transportIdle
