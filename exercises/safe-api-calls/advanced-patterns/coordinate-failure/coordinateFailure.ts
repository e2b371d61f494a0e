// Exercise: one breaker for every pod. See README.md.
import type { Redis } from 'ioredis'
import { BreakerStateMachine, type BreakerConfig, type Outcome } from '../../../../snippets/safe-api-calls/advanced-patterns/breakerStateMachine.ts'

export interface SharedBreakerOptions {
  redis: Redis // this pod's own connection
  name: string // the SAME in every pod
  config: BreakerConfig
}

// TODO: KEYS[1] state hash (state, since, probes, successes), KEYS[2] failure zset.
// Use redis.call('TIME') for "now". Return {1, 0} to admit, {0, retryAfterMs} to reject.
export const ALLOW_LUA = `return {1, 0}`

// TODO: half-open: a fault reopens, enough successes close; closed: a rolling window of faults.
// Reset every counter on every transition. Return the new state.
export const RECORD_LUA = `return 'closed'`

export class SharedBreaker {
  readonly #o: SharedBreakerOptions
  readonly #memory: BreakerStateMachine // TODO: remove: this lives in ONE pod's memory
  constructor(o: SharedBreakerOptions) {
    this.#o = o
    this.#memory = new BreakerStateMachine(o.config)
  }

  /** Throws BreakerOpenError unless this call may go to the vendor. */
  async allow(): Promise<void> {
    this.#memory.allow() // TODO: run ALLOW_LUA and interpret its reply
  }

  async record(outcome: Outcome): Promise<void> {
    this.#memory.record(outcome) // TODO: run RECORD_LUA (neutral outcomes: do nothing)
  }

  /** The shared state as every pod sees it: 'closed' | 'open' | 'half-open'. */
  async state(): Promise<string> {
    return this.#memory.state // TODO: read it from Redis
  }
}
