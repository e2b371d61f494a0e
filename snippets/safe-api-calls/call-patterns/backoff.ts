// Three ways to space out retries. The random source is injected so tests and demos are
// deterministic; production passes nothing and gets Math.random.

export interface BackoffOptions {
  /** Delay scale of attempt 0, in ms. */
  baseMs: number
  /** No delay ever exceeds this, in ms. */
  capMs: number
}

export const GUIDE_BACKOFF: BackoffOptions = { baseMs: 1_000, capMs: 32_000 }

// #region guideJitter
/** The guide's formula: min(2^attempt, 32) s
 *  plus a uniform 0-1 s (additive jitter). */
export function guideJitter(
  attempt: number,
  rand: () => number = Math.random,
): number {
  return Math.min(2 ** attempt, 32) * 1_000 + rand() * 1_000
}
// #endregion guideJitter

// #region fullJitter
/** The kit's default: anywhere between 0
 *  and the exponential ceiling. */
export function fullJitter(
  attempt: number,
  opts: BackoffOptions,
  rand: () => number = Math.random,
): number {
  const exponential = opts.baseMs * 2 ** attempt
  return rand() * Math.min(opts.capMs, exponential)
}
// #endregion fullJitter

// #region decorrelatedJitter
/** Each delay is drawn from [base, 3 x previous], capped:
 *  spreads contention further. */
export function decorrelatedJitter(
  previousMs: number,
  opts: BackoffOptions = GUIDE_BACKOFF,
  rand: () => number = Math.random,
): number {
  const upper = Math.max(opts.baseMs, previousMs * 3)
  const drawn = opts.baseMs + rand() * (upper - opts.baseMs)
  return Math.min(opts.capMs, drawn)
}
// #endregion decorrelatedJitter

// #region abortableSleep
/** Sleeps `ms` unless `signal` aborts first (then rejects with its reason at once). Holds nothing. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted)
    return Promise.reject(signal.reason)
  const { promise, resolve, reject } = Promise.withResolvers<void>()
  const onAbort = () => {
    clearTimeout(timer)
    reject(signal?.reason)
  }
  const timer = setTimeout(() => {
    signal?.removeEventListener('abort', onAbort)
    resolve()
  }, ms)
  signal?.addEventListener('abort', onAbort, { once: true })
  return promise
}
// #endregion abortableSleep

/** A small seeded PRNG (mulberry32) so a "random" run prints the same thing every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export type JitterFormula = 'guide' | 'full' | 'decorrelated'

/** `clients` that all failed attempt `attempt` at t=0: the moment (ms) each one retries. */
export function retryMoments(clients: number, attempt: number, formula: JitterFormula, rand: () => number): number[] {
  return Array.from({ length: clients }, () => {
    if (formula === 'guide')
      return guideJitter(attempt, rand)
    if (formula === 'full')
      return fullJitter(attempt, GUIDE_BACKOFF, rand)
    let delay = GUIDE_BACKOFF.baseMs // decorrelated jitter depends on the delays before it
    for (let n = 0; n <= attempt; n++)
      delay = decorrelatedJitter(delay, GUIDE_BACKOFF, rand)
    return delay
  })
}

/** How many moments fall into the fullest bucket of `bucketMs`: the height of the herd's spike. */
export function busiestBucket(moments: readonly number[], bucketMs = 100): number {
  const counts = new Map<number, number>()
  for (const at of moments) {
    const bucket = Math.floor(at / bucketMs)
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1)
  }
  return Math.max(0, ...counts.values())
}
