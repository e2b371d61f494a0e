// Every failure a Node LLM call can produce, mapped to one decision: retry (with backoff),
// wait-then-retry (vendor advice), or stop. Browser-runnable: no undici import, codes are strings.
import { findCause } from '../../core-concepts/exceptions/cause-chain.ts'
import {
  CallTimeoutError, errorCode, TransportError, UpstreamHttpError, type TransportKind,
} from './errors.ts'

/** Attempts per request (2 retries). The adaptive budget of deck 6 may only lower it. */
export const MAX_ATTEMPTS = 3

export type RetryDecision =
  | { action: 'retry', reason: string, vendorFault: boolean }
  /** Wait the vendor's advice first; `retryAfterMs` undefined means "no advice: long backoff". */
  | { action: 'wait-then-retry', reason: string, retryAfterMs: number | undefined, vendorFault: boolean }
  | { action: 'stop', reason: string, vendorFault: boolean }

// #region unwrap
const KIND_BY_CODE: Record<string, TransportKind> = {
  ECONNREFUSED: 'refused', ECONNRESET: 'reset', EPIPE: 'reset', UND_ERR_SOCKET: 'socket',
  UND_ERR_CONNECT_TIMEOUT: 'connect-timeout', UND_ERR_HEADERS_TIMEOUT: 'headers-timeout',
  UND_ERR_BODY_TIMEOUT: 'body-timeout', ENOTFOUND: 'dns', EAI_AGAIN: 'dns',
}
const kindOf = (e: unknown) => (e instanceof Error && 'code' in e ? KIND_BY_CODE[String(e.code)] : undefined)
const isKnown = (e: unknown): e is Error => errorCode(e) !== 'UNKNOWN' || kindOf(e) !== undefined

/** fetch wraps failures in TypeError('fetch failed' / 'terminated'): find what really failed. */
export function unwrap(err: unknown): unknown {
  const found = findCause(err, isKnown) // walks `cause`, bounded, cycle-safe (core-concepts/exceptions)
  if (found === undefined || errorCode(found) !== 'UNKNOWN')
    return found ?? err // one of ours (a typed abort reason, a vendor error), or nothing known
  return new TransportError(kindOf(found)!, { cause: err }) // compare code strings, never classes
}
// #endregion unwrap

const retry = (reason: string): RetryDecision => ({ action: 'retry', reason, vendorFault: true })
const stop = (reason: string, vendorFault = false): RetryDecision => ({ action: 'stop', reason, vendorFault })
const RETRYABLE_KINDS = new Set<TransportKind>(['refused', 'reset', 'socket', 'connect-timeout', 'headers-timeout', 'body-timeout'])

// #region decisionTree
function decide(e: unknown, attempt: number): RetryDecision {
  if (e instanceof TransportError)
    return RETRYABLE_KINDS.has(e.kind) ? retry(`transport ${e.kind}`) : stop(`transport ${e.kind}`)
  if (e instanceof UpstreamHttpError) {
    if (e.status === 429) // quota, not health: wait for the advice, never a breaker failure
      return { action: 'wait-then-retry', reason: '429', retryAfterMs: e.retryAfterMs, vendorFault: false }
    if (e.status >= 500)
      return e.retryAfterMs === undefined ? retry(`${e.status}`)
        : { action: 'wait-then-retry', reason: `${e.status}`, retryAfterMs: e.retryAfterMs, vendorFault: true }
    return stop(`client error ${e.status}`) // 400, 401, 403, 404, 422: a retry gets the same answer
  }
  if (e instanceof CallTimeoutError) // the vendor is already slow: one more chance at most
    return attempt === 0 ? retry('call timeout') : stop('call timeout again', true)
  // queue timeout, SLA, client abort, our own rejections, unknown errors: never retried
  return stop(e instanceof Error ? e.name : 'unknown')
}
// #endregion decisionTree

// #region classify
export function classify(err: unknown, attempt: number): RetryDecision {
  const decision = decide(unwrap(err), attempt)
  if (decision.action !== 'stop' && attempt >= MAX_ATTEMPTS - 1)
    return stop(`${decision.reason}; attempts exhausted`, decision.vendorFault) // the last attempt stops
  return decision
}
// #endregion classify
