// The baseline gold-standard call (one pod): the retry loop is OUTERMOST; each attempt runs a queue
// phase (token, then permit, under one deadline) and a call phase (its own deadline, down to the
// socket); the permit is released before any backoff sleep. Browser-runnable: the network is the
// injected Transport (undici + the shared pool in Node, see vendorTransport.ts; the fake app in a page).
import { deadline } from '../concurrency-and-timeouts/deadline.ts'
import { type Permit, Semaphore } from '../core-concepts/semaphore.ts'
import { TokenBucket } from '../core-concepts/tokenBucket.ts'
import { abortableSleep, type BackoffOptions, fullJitter } from './backoff.ts'
import { classify, MAX_ATTEMPTS, type RetryDecision, unwrap } from './classify.ts'
import { CallTimeoutError, DeadlineExceededError, FinalFailure, QueueTimeoutError, TransportError, UpstreamHttpError } from './errors.ts'
import { clampToBudget, parseRetryAfter } from './retryAfter.ts'

export interface ChatMessage { role: 'system' | 'user' | 'assistant', content: string }

export interface LlmRequest {
  messages: ChatMessage[]
  model?: string
  requestId?: string // sent as X-Request-ID on EVERY attempt; generated when absent
  budget?: () => number // ms left on the request's SLA; no sleep ever runs past it
}

export interface LlmResponse { content: string, status: number, attempts: number, requestId: string }

/** A request id (UUID v4). `crypto.randomUUID` exists only in secure contexts: a deck served
 *  over a LAN address is not one, so fall back to `getRandomValues`, which exists everywhere. */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function')
    return crypto.randomUUID()
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = (b[6]! & 0x0F) | 0x40
  b[8] = (b[8]! & 0x3F) | 0x80
  const hex = [...b].map(x => x.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Structured events of one call; the logging deck turns them into pino lines. */
export type CallLog = (event: string, fields: Record<string, unknown>) => void

/** Anything that answers a Request the way a Hono app does. */
export interface FetchApp {
  fetch: (req: Request) => Response | Promise<Response>
}

// #region transportSeam
/** The only door to the network: undici + shared Pool in Node, the fake app in the browser. */
export type Transport = (req: Request, signal: AbortSignal) => Promise<Response>

/** In-process: a Hono app (the fake LLM) answers; the signal still aborts the request. */
export const inProcessTransport = (app: FetchApp): Transport =>
  async (req, signal) => app.fetch(new Request(req, { signal }))
// #endregion transportSeam

/** Waits for everything an attempt needs before it may call: returns the held permit. */
export type QueuePhase = (signal: AbortSignal, log: CallLog) => Promise<Permit>

export interface CallDeps {
  transport: Transport
  url: string // the vendor's chat completions endpoint
  queue: QueuePhase // localQueuePhase here; kubernetes/podLayers.ts adds the global token
  callMs: number // per-attempt deadline
  backoff: BackoffOptions
  maxAttempts?: number // may only LOWER the kit's 3 (one retry layer; adaptive budgets)
  headers?: Record<string, string> // e.g. authorization (redacted in logs)
  rand?: () => number // backoff jitter, injected in tests
  now?: () => number // epoch ms, to read HTTP-date Retry-After
  log?: CallLog
}

// #region queuePhase
/** Token, then permit, under ONE queue deadline, disarmed once we hold the permit. */
export function localQueuePhase(
  bucket: TokenBucket, semaphore: Semaphore, queueMs: number,
): QueuePhase {
  return async (signal, log) => {
    using queue = deadline(queueMs, () => new QueueTimeoutError(), signal)
    log('acquiring_rate_token', {})
    await bucket.take(queue.signal) // the cheap token first: never hold a permit while waiting
    log('acquiring_permit', {})
    return await semaphore.acquire(queue.signal)
  }
}
// #endregion queuePhase

// #region callPhase
export async function callPhase(
  req: LlmRequest, deps: CallDeps, signal: AbortSignal, id: string, attempt: number,
): Promise<LlmResponse> {
  using call = deadline(deps.callMs, () => new CallTimeoutError(), signal) // reaches the socket
  const ids = { 'x-request-id': id, 'x-attempt': String(attempt + 1) } // same id, every attempt
  const headers = { 'content-type': 'application/json', ...ids, ...deps.headers }
  const body = JSON.stringify({ model: req.model, messages: req.messages })
  deps.log?.('calling_vendor', { attempt, headers })
  const request = new Request(deps.url, { method: 'POST', headers, body })
  const res = await deps.transport(request, call.signal)
  if (!res.ok) { // fetch resolves on 4xx/5xx: the status check is ours to do
    await res.body?.cancel() // never read (or echo) the vendor's error text; free the socket
    const retryAfterMs = parseRetryAfter(res.headers, (deps.now ?? Date.now)())
    throw new UpstreamHttpError(res.status, retryAfterMs)
  }
  const content = contentOf(await res.json()) // read under the same attempt deadline
  deps.log?.('vendor_success', { attempt, status: res.status })
  return { content, status: res.status, attempts: attempt + 1, requestId: id }
}
// #endregion callPhase

function contentOf(json: unknown): string {
  const content = (json as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message?.content
  if (typeof content !== 'string')
    throw new TypeError('vendor response has no choices[0].message.content')
  return content
}

// #region attemptLoop
export async function callLlm(req: LlmRequest, deps: CallDeps, signal: AbortSignal): Promise<LlmResponse> {
  const id = req.requestId ?? newRequestId()
  const log: CallLog = (event, fields) => deps.log?.(event, { request_id: id, ...fields })
  const errors: unknown[] = []
  for (let attempt = 0; ; attempt++) {
    try {
      using _permit = await deps.queue(signal, (event, f) => log(event, { attempt, ...f }))
      return await callPhase(req, { ...deps, log }, signal, id, attempt)
    } // <- the permit is released here, before anything below runs
    catch (thrown) {
      const err = unwrap(thrown) // TypeError('fetch failed') -> TransportError('reset')
      errors.push(err)
      logFailure(log, err, attempt)
      const waitMs = delayBeforeRetry(classify(err, attempt), attempt, req, deps)
      if (waitMs === undefined)
        throw giveUp(err, errors)
      log('retrying', { attempt, wait_ms: Math.round(waitMs) })
      await abortableSleep(waitMs, signal) // holds nothing; a disconnect or the SLA ends it at once
    }
  }
}
// #endregion attemptLoop

// #region releaseBeforeSleep
/** How long to sleep before the next attempt, or undefined to stop now. */
function delayBeforeRetry(d: RetryDecision, attempt: number, req: LlmRequest, deps: CallDeps): number | undefined {
  const remaining = req.budget?.() ?? Number.POSITIVE_INFINITY
  if (d.action === 'stop' || attempt + 1 >= Math.min(MAX_ATTEMPTS, deps.maxAttempts ?? MAX_ATTEMPTS))
    return undefined
  if (d.action === 'wait-then-retry' && d.retryAfterMs !== undefined) {
    const advice = clampToBudget(d.retryAfterMs, remaining) // too long: stop and pass it on
    return advice.action === 'sleep' ? advice.ms : undefined
  }
  const ms = d.action === 'wait-then-retry'
    ? deps.backoff.capMs // 429 without advice: the long backoff
    : fullJitter(attempt, deps.backoff, deps.rand)
  return ms < remaining ? ms : undefined // a sleep that outlives the SLA is skipped, not started
}
// #endregion releaseBeforeSleep

const VENDOR_SIDE = [UpstreamHttpError, TransportError, CallTimeoutError]

/** Vendor-side failures become one FinalFailure (502); our own errors (queue, SLA, abort) pass as they are. */
function giveUp(err: unknown, errors: unknown[]): unknown {
  const vendorSide = VENDOR_SIDE.some(cls => err instanceof cls)
  return vendorSide ? new FinalFailure(errors, 'the vendor call failed', { cause: err }) : err
}

function logFailure(log: CallLog, err: unknown, attempt: number): void {
  if (err instanceof UpstreamHttpError)
    log('vendor_http_error', { attempt, status: err.status })
  else if (err instanceof CallTimeoutError)
    log('vendor_timeout', { attempt })
  else if (err instanceof QueueTimeoutError)
    log('application_timeout', { attempt, phase: 'queue' })
  else if (err instanceof DeadlineExceededError)
    log('application_timeout', { attempt, phase: 'sla' })
  else if (err instanceof TransportError)
    log('vendor_transport_error', { attempt, kind: err.kind })
}

/** The section's scaled test profile (ms, not s): 2 permits, queue 200, call 300, backoff base 20. */
export function scaledDeps(transport: Transport, baseUrl: string, o: Partial<CallDeps> & { permits?: Semaphore, queueMs?: number } = {}): CallDeps & { permits: Semaphore } {
  const { permits = new Semaphore(2), queueMs = 200, ...overrides } = o
  return {
    transport, url: `${baseUrl}/v1/chat/completions`, permits, callMs: 300, backoff: { baseMs: 20, capMs: 200 },
    queue: localQueuePhase(new TokenBucket({ ratePerSec: 1_000, burst: 100 }), permits, queueMs),
    ...overrides,
  }
}
