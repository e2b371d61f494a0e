// Solution: one breaker for every pod. See README.md.
import type { Redis } from 'ioredis'
import { BreakerOpenError } from '../../../../../snippets/safe-api-calls/call-patterns/errors.ts'
import type { BreakerConfig, Outcome } from '../../../../../snippets/safe-api-calls/advanced-patterns/breakerStateMachine.ts'

export interface SharedBreakerOptions {
  redis: Redis // this pod's own connection
  name: string // the SAME in every pod
  config: BreakerConfig
}

const PRELUDE = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function reset(state)
  redis.call('DEL', KEYS[2])
  redis.call('HSET', KEYS[1], 'state', state, 'since', now, 'probes', 0, 'successes', 0)
  redis.call('PEXPIRE', KEYS[1], 600000)
end
local state = redis.call('HGET', KEYS[1], 'state') or 'closed'
local since = tonumber(redis.call('HGET', KEYS[1], 'since') or '0')
`

// ARGV: openMs, probeBudget.
export const ALLOW_LUA = `${PRELUDE}
if state == 'closed' then return {1, 0} end
if state == 'open' then
  if since + tonumber(ARGV[1]) > now then return {0, since + tonumber(ARGV[1]) - now} end
  reset('half-open')
end
if redis.call('HINCRBY', KEYS[1], 'probes', 1) <= tonumber(ARGV[2]) then return {1, 0} end
redis.call('HINCRBY', KEYS[1], 'probes', -1)
return {0, 1000}`

// ARGV: outcome, failureThreshold, windowMs, successThreshold, member.
export const RECORD_LUA = `${PRELUDE}
if state == 'open' then return state end
if state == 'half-open' then
  if ARGV[1] == 'vendor-fault' then reset('open') return 'open' end
  if redis.call('HINCRBY', KEYS[1], 'successes', 1) < tonumber(ARGV[4]) then return state end
  reset('closed') return 'closed'
end
if ARGV[1] == 'success' then redis.call('DEL', KEYS[2]) return state end
redis.call('ZADD', KEYS[2], now, ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[3]))
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[3]))
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then reset('open') return 'open' end
return state`

export class SharedBreaker {
  readonly #o: SharedBreakerOptions
  readonly #keys: [string, string]
  constructor(o: SharedBreakerOptions) {
    this.#o = o
    this.#keys = [`breaker:${o.name}:state`, `breaker:${o.name}:failures`]
  }

  /** Throws BreakerOpenError unless this call may go to the vendor. */
  async allow(): Promise<void> {
    const reply = await this.#o.redis.eval(ALLOW_LUA, 2, ...this.#keys, this.#o.config.openMs, this.#o.config.probeBudget)
    const [admitted, retryAfterMs] = Array.isArray(reply) ? reply.map(Number) : []
    if (admitted !== 1) throw new BreakerOpenError(retryAfterMs ?? 1_000) // the script decided
  }

  async record(outcome: Outcome): Promise<void> {
    if (outcome === 'neutral') return
    const c = this.#o.config
    await this.#o.redis.eval(RECORD_LUA, 2, ...this.#keys, outcome, c.failureThreshold, c.windowMs, c.successThreshold, crypto.randomUUID())
  }

  /** The shared state as every pod sees it: 'closed' | 'open' | 'half-open'. */
  async state(): Promise<string> {
    return (await this.#o.redis.hget(this.#keys[0], 'state')) ?? 'closed'
  }
}
