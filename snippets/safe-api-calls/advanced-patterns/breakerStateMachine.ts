// The circuit breaker as a pure state machine: injected clock, no I/O, deterministic. The Redis
// version (redisBreaker.ts) runs the same transitions atomically for the whole fleet. Browser-runnable.
import { BreakerOpenError } from '../call-patterns/errors.ts'
import { classify, unwrap } from '../call-patterns/classify.ts'

// #region states
export type BreakerState = 'closed' | 'open' | 'half-open'
/** What one attempt says about the vendor's health. Neutral outcomes never touch a counter. */
export type Outcome = 'success' | 'vendor-fault' | 'neutral'

export interface BreakerConfig {
  failureThreshold: number // 5 vendor faults ...
  windowMs: number // ... within a ROLLING 60 s window -> open
  openMs: number // 60 s of failing fast, then half-open
  probeBudget: number // at most 2 probe calls per half-open period, fleet-wide
  successThreshold: number // 2 probe successes -> closed
}
export const GUIDE_BREAKER: BreakerConfig = {
  failureThreshold: 5, windowMs: 60_000, openMs: 60_000, probeBudget: 2, successThreshold: 2,
}

/** 5xx, transport errors, call timeouts: vendor faults. 4xx, 429, ours, disconnects: neutral. */
export function outcomeOf(err: unknown): Outcome {
  return classify(unwrap(err), 0).vendorFault ? 'vendor-fault' : 'neutral'
}
// #endregion states

export class BreakerStateMachine {
  readonly #cfg: BreakerConfig
  readonly #now: () => number
  #state: BreakerState = 'closed'
  #failures: number[] = [] // timestamps inside the rolling window
  #openedAt = 0
  #halfOpenAt = 0
  #probes = 0
  #successes = 0

  constructor(cfg: BreakerConfig = GUIDE_BREAKER, now: () => number = Date.now) {
    this.#cfg = cfg
    this.#now = now
  }

  get state(): BreakerState { return this.#state }
  get counters() { return { failures: this.#failures.length, probes: this.#probes, successes: this.#successes } }

  // #region transitions
  #to(state: BreakerState): void { // every transition resets every counter (the guide forgot this)
    this.#state = state
    this.#failures = []
    this.#probes = 0
    this.#successes = 0
    if (state === 'open') this.#openedAt = this.#now()
    if (state === 'half-open') this.#halfOpenAt = this.#now()
  }

  record(outcome: Outcome): void {
    if (outcome === 'neutral' || this.#state === 'open')
      return // neutral says nothing about the vendor; late results while open change nothing
    const now = this.#now()
    if (this.#state === 'half-open') {
      if (outcome === 'vendor-fault') return this.#to('open') // any probe failure reopens, fresh clock
      if (++this.#successes >= this.#cfg.successThreshold) this.#to('closed')
      return
    }
    if (outcome === 'success') { this.#failures = []; return } // a success while closed clears the count
    this.#failures = [...this.#failures.filter(t => t > now - this.#cfg.windowMs), now]
    if (this.#failures.length >= this.#cfg.failureThreshold) this.#to('open')
  }
  // #endregion transitions

  // #region probeBudget
  /** Throws BreakerOpenError (with the time left) unless this call may go to the vendor. */
  allow(): void {
    const now = this.#now()
    if (this.#state === 'open') {
      const left = this.#openedAt + this.#cfg.openMs - now
      if (left > 0) throw new BreakerOpenError(left)
      this.#to('half-open')
    }
    if (this.#state === 'half-open') {
      if (now - this.#halfOpenAt >= this.#cfg.openMs) this.#to('half-open') // probes never answered
      if (this.#probes >= this.#cfg.probeBudget) throw new BreakerOpenError(1_000) // budget spent: wait
      this.#probes++
    }
  }
  // #endregion probeBudget
}
