// Vendor advice on when to come back. Parsed against an injected clock (HTTP dates are absolute),
// never trusted blindly: clamped to a maximum and compared with what is left of the request's SLA.

/** The kit never sleeps longer than this on a vendor's word. */
export const RETRY_AFTER_CAP_MS = 60_000

const SECONDS = /^\d+$/
const MILLIS = /^\d+(\.\d+)?$/

// #region parseRetryAfter
/** Milliseconds to wait, or undefined when there is no usable advice. */
export function parseRetryAfter(headers: Headers, nowMs: number): number | undefined {
  const ms = headers.get('retry-after-ms')?.trim() // OpenAI-style, sub-second: preferred
  if (ms && MILLIS.test(ms))
    return Math.ceil(Number(ms))
  const value = headers.get('retry-after')?.trim()
  if (!value)
    return undefined
  if (SECONDS.test(value))
    return Number(value) * 1_000 // delay-seconds
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN // HTTP-date
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs)
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
  rand: () => number = () => 0, // production may add up to 5 % so a fleet does not return in step
): AdviceDecision {
  const ms = Math.min(adviceMs, capMs)
  if (ms >= remainingMs)
    return { action: 'pass-on', retryAfterMs: adviceMs }
  const jitter = Math.min(ms * 0.05 * rand(), remainingMs - ms - 1)
  return { action: 'sleep', ms: ms + Math.max(0, jitter) }
}
// #endregion clampToBudget

/** Retry-After header value (whole seconds, rounded up) for our own responses. */
export const retryAfterHeader = (ms: number): string => String(Math.max(1, Math.ceil(ms / 1_000)))
