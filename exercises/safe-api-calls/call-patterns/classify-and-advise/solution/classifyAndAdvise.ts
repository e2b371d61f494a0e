// Solution: classify every failure and honour the vendor's advice. See README.md.
import { abortableSleep } from '../../../../../snippets/safe-api-calls/call-patterns/backoff.ts'
import type { Transport } from '../../../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import type { RetryDecision } from '../../../../../snippets/safe-api-calls/call-patterns/classify.ts'
import { CallTimeoutError, DeadlineExceededError, UpstreamHttpError } from '../../../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { deadline } from '../../../../../snippets/safe-api-calls/concurrency-and-timeouts/deadline.ts'

export type { RetryDecision }
export const MAX_ATTEMPTS = 3

const RETRY_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])

/** The first error in the `cause` chain that has a string `code`, or the status-carrying error. */
function rootOf(err: unknown): unknown {
  for (let e = err, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    if (e instanceof UpstreamHttpError || e instanceof CallTimeoutError || ('code' in e && typeof e.code === 'string'))
      return e
  }
  return err
}

function decide(e: unknown, attempt: number): RetryDecision {
  if (e instanceof UpstreamHttpError) {
    if (e.status === 429)
      return { action: 'wait-then-retry', reason: '429', retryAfterMs: e.retryAfterMs, vendorFault: false }
    return e.status >= 500 ? { action: 'retry', reason: `${e.status}`, vendorFault: true } : { action: 'stop', reason: `${e.status}`, vendorFault: false }
  }
  if (e instanceof CallTimeoutError)
    return attempt === 0 ? { action: 'retry', reason: 'call timeout', vendorFault: true } : { action: 'stop', reason: 'call timeout', vendorFault: true }
  if (e instanceof Error && 'code' in e && RETRY_CODES.has(String(e.code)))
    return { action: 'retry', reason: String(e.code), vendorFault: true }
  return { action: 'stop', reason: 'not retryable', vendorFault: false }
}

export function classify(err: unknown, attempt: number): RetryDecision {
  const decision = decide(rootOf(err), attempt)
  return decision.action !== 'stop' && attempt >= MAX_ATTEMPTS - 1
    ? { action: 'stop', reason: `${decision.reason}; attempts exhausted`, vendorFault: decision.vendorFault }
    : decision
}

export function parseRetryAfter(headers: Headers, nowMs: number): number | undefined {
  const ms = headers.get('retry-after-ms')?.trim()
  if (ms && /^\d+(\.\d+)?$/.test(ms))
    return Math.ceil(Number(ms))
  const value = headers.get('retry-after')?.trim()
  if (!value)
    return undefined
  if (/^\d+$/.test(value))
    return Number(value) * 1_000
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs)
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
