// Exercise: classify every failure and honour the vendor's advice. See README.md.
import { abortableSleep } from '../../../../snippets/safe-api-calls/call-patterns/backoff.ts'
import type { Transport } from '../../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import type { RetryDecision } from '../../../../snippets/safe-api-calls/call-patterns/classify.ts'
import { DeadlineExceededError, UpstreamHttpError } from '../../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { deadline } from '../../../../snippets/safe-api-calls/concurrency-and-timeouts/deadline.ts'

export type { RetryDecision }
export const MAX_ATTEMPTS = 3

/**
 * TODO: map any failure to a decision (see README.md for the table):
 * - retry: transport errors (codes ECONNRESET, ECONNREFUSED, UND_ERR_SOCKET, UND_ERR_CONNECT_TIMEOUT,
 *   UND_ERR_HEADERS_TIMEOUT, UND_ERR_BODY_TIMEOUT; bare, or as the `cause` of a TypeError), 5xx,
 *   a CallTimeoutError on attempt 0
 * - wait-then-retry: 429 (carry err.retryAfterMs; undefined when there was no advice)
 * - stop: everything else, and any decision on the last attempt (attempt >= MAX_ATTEMPTS - 1)
 */
export function classify(err: unknown, attempt: number): RetryDecision {
  return { action: 'stop', reason: `not implemented (${String(err)}, attempt ${attempt})`, vendorFault: false }
}

/**
 * TODO: milliseconds to wait, or undefined when there is no usable advice.
 * `retry-after-ms` wins when valid; `Retry-After` is whole seconds or an HTTP date (compare with nowMs).
 */
export function parseRetryAfter(headers: Headers, nowMs: number): number | undefined {
  void headers
  void nowMs
  return undefined
}

export interface AdviceDeps { transport: Transport, url: string, slaMs: number, now: () => number }

/** Given: the loop that uses your two functions. Stops at once when advice outlives the SLA. */
export async function callWithAdvice(deps: AdviceDeps, signal: AbortSignal): Promise<{ status: number, attempts: number }> {
  using sla = deadline(deps.slaMs, () => new DeadlineExceededError(), signal)
  for (let attempt = 0; ; attempt++) {
    const res = await deps.transport(new Request(deps.url, { method: 'POST', body: '{"messages":[{"role":"user","content":"hi"}]}' }), sla.signal)
    if (res.ok)
      return { status: res.status, attempts: attempt + 1 }
    await res.body?.cancel()
    const err = new UpstreamHttpError(res.status, parseRetryAfter(res.headers, deps.now()))
    const decision = classify(err, attempt)
    if (decision.action === 'stop')
      throw err
    const waitMs = decision.action === 'wait-then-retry' ? decision.retryAfterMs ?? 1_000 : 20
    if (waitMs >= sla.remaining())
      throw err // the advice outlives our SLA: stop now, the caller gets err.retryAfterMs
    await abortableSleep(waitMs, sla.signal)
  }
}
