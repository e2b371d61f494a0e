// Vendor advice on when to come back. Parsed against an injected clock (HTTP dates are absolute),
// never trusted blindly: clamped to a maximum and compared with what is left of the request's SLA.

/** The kit never sleeps longer than this on a vendor's word. */
export const RETRY_AFTER_CAP_MS = 60_000

const SECONDS = /^\d+$/
const MILLIS = /^\d+(\.\d+)?$/

// #region parseRetryAfter
/** Milliseconds to wait, or undefined: no usable advice. */
export function parseRetryAfter(
  headers: Headers,
  nowMs: number,
): number | undefined {
  // OpenAI-style `retry-after-ms`, sub-second: preferred
  const ms = headers.get('retry-after-ms')?.trim()
  if (ms && MILLIS.test(ms))
    return Math.ceil(Number(ms))
  const value = headers.get('retry-after')?.trim()
  if (!value)
    return undefined
  if (SECONDS.test(value))
    return Number(value) * 1_000 // delay-seconds
  const isDate = /[a-z]/i.test(value) // HTTP-date
  const date = isDate ? Date.parse(value) : Number.NaN
  if (Number.isNaN(date))
    return undefined
  return Math.max(0, date - nowMs)
}
// #endregion parseRetryAfter

export type AdviceDecision =
  | { action: 'sleep', ms: number }
  /** Too long for this request: stop now and hand the original advice to our own caller. */
  | { action: 'pass-on', retryAfterMs: number }

// #region clampToBudget
export function clampToBudget(
  adviceMs: number,
  remainingMs: number,
  capMs = RETRY_AFTER_CAP_MS,
  // production may add up to 5 %, so that a fleet
  // does not come back in step
  rand: () => number = () => 0,
): AdviceDecision {
  const ms = Math.min(adviceMs, capMs)
  if (ms >= remainingMs)
    return { action: 'pass-on', retryAfterMs: adviceMs }
  const room = remainingMs - ms - 1
  const jitter = Math.min(ms * 0.05 * rand(), room)
  return { action: 'sleep', ms: ms + Math.max(0, jitter) }
}
// #endregion clampToBudget

/** Retry-After header value (whole seconds, rounded up) for our own responses. */
export const retryAfterHeader = (ms: number): string => String(Math.max(1, Math.ceil(ms / 1_000)))
