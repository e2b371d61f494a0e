// A token bucket built by hand to teach it: explicit rate AND burst, FIFO waiters, injected clock.
// Browser-runnable. Production alternatives: p-queue's interval caps, rate-limiter-flexible.

// #region tokenBucket
export interface TokenBucketOptions {
  ratePerSec: number // steady refill rate
  burst: number // capacity: how many may start after idling
  now?: () => number // monotonic ms; injected in tests
}

/** Lazy refill: tokens earned since the last look,
 *  capped at `burst` (idle time is not banked). */
export const refilled = (
  tokens: number,
  elapsedMs: number,
  ratePerMs: number,
  burst: number,
): number => Math.min(burst, tokens + elapsedMs * ratePerMs)
// #endregion tokenBucket

export class TokenBucket {
  readonly #rate: number // tokens per millisecond
  readonly #burst: number
  readonly #now: () => number
  #tokens: number // starts full: the burst is admitted at t=0
  #last: number
  readonly #waiters: (() => void)[] = [] // FIFO
  #timer: ReturnType<typeof setTimeout> | undefined

  #refill(): void {
    const now = this.#now()
    this.#tokens = refilled(this.#tokens, now - this.#last, this.#rate, this.#burst)
    this.#last = now
  }

  constructor({ ratePerSec, burst, now = () => performance.now() }: TokenBucketOptions) {
    if (!(ratePerSec > 0) || !Number.isInteger(burst) || burst < 1)
      throw new RangeError(`need ratePerSec > 0 and an integer burst >= 1, got ${ratePerSec}, ${burst}`)
    this.#rate = ratePerSec / 1000
    this.#burst = burst
    this.#now = now
    this.#tokens = burst
    this.#last = now()
  }

  get tokens(): number {
    this.#refill()
    return Math.floor(this.#tokens)
  }

  get waiting(): number { return this.#waiters.length }

  // #region tryTake
  /** Never waits: true if a token was taken.
   *  Waiters keep their place (FIFO). */
  tryTake(): boolean {
    if (this.#waiters.length > 0)
      return false
    this.#refill()
    if (this.#tokens < 1 - 1e-9)
      return false
    this.#tokens -= 1
    return true
  }
  // #endregion tryTake

  // #region takeWithSignal
  take(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted)
      return Promise.reject(signal.reason)
    if (this.tryTake())
      return Promise.resolve()
    const { promise, resolve, reject } = Promise.withResolvers<void>()
    const onAbort = () => {
      this.#leave(grant) // an aborted waiter leaves at once and costs no token
      reject(signal?.reason)
    }
    const grant = () => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    this.#waiters.push(grant)
    this.#schedule()
    return promise
  }
  // #endregion takeWithSignal

  /** Hands tokens to waiters in order, then sleeps until the next token is due. */
  #schedule(): void {
    if (this.#timer !== undefined)
      return
    this.#refill()
    while (this.#waiters.length > 0 && this.#tokens >= 1 - 1e-9) {
      this.#tokens -= 1
      this.#waiters.shift()?.()
    }
    if (this.#waiters.length === 0)
      return
    const dueMs = Math.max(1, Math.ceil((1 - this.#tokens) / this.#rate))
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      this.#schedule()
    }, dueMs)
  }

  #leave(waiter: () => void): void {
    this.#waiters.splice(this.#waiters.indexOf(waiter), 1)
    if (this.#waiters.length === 0) { // nobody waits: no timer may keep running
      clearTimeout(this.#timer)
      this.#timer = undefined
    }
  }
}
