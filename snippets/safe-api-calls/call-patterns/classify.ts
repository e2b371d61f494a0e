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
/** Wait the vendor's advice first (undefined: no advice, long backoff). */
const wait = (reason: string, retryAfterMs: number | undefined, vendorFault: boolean): RetryDecision =>
  ({ action: 'wait-then-retry', reason, retryAfterMs, vendorFault })
const RETRYABLE_KINDS = new Set<TransportKind>([
  'refused', 'reset', 'socket', 'connect-timeout', 'headers-timeout', 'body-timeout',
])

// #region decisionTree
function decide(e: unknown, attempt: number): RetryDecision {
  if (e instanceof TransportError) {
    const reason = `transport ${e.kind}`
    return RETRYABLE_KINDS.has(e.kind) ? retry(reason) : stop(reason)
  }
  if (e instanceof UpstreamHttpError) {
    if (e.status === 429) // quota, not health: never a breaker failure
      return wait('429', e.retryAfterMs, false)
    if (e.status >= 500) // with advice: wait for it; without: backoff
      return e.retryAfterMs === undefined
        ? retry(`${e.status}`)
        : wait(`${e.status}`, e.retryAfterMs, true)
    return stop(`client error ${e.status}`) // 4xx: same answer again
  }
  if (e instanceof CallTimeoutError) // already slow: one more chance
    return attempt === 0 ? retry('call timeout')
      : stop('call timeout again', true)
  // queue timeout, SLA, client abort, our rejections, unknown: stop
  return stop(e instanceof Error ? e.name : 'unknown')
}
// #endregion decisionTree

// #region classify
export function classify(
  err: unknown,
  attempt: number,
): RetryDecision {
  const decision = decide(unwrap(err), attempt)
  const last = attempt >= MAX_ATTEMPTS - 1
  if (decision.action === 'stop' || !last)
    return decision
  // the last attempt stops, keeping the breaker's verdict
  const reason = `${decision.reason}; attempts exhausted`
  return stop(reason, decision.vendorFault)
}
// #endregion classify
