// The breaker shared by every pod: the same transitions as breakerStateMachine.ts, each ONE Lua
// script (no check-then-write from a pod), Redis's own clock, an enforced probe budget, TTLs on
// every key, and a decided policy for a sick Redis. Node only (ioredis).
import type { Redis } from 'ioredis'
import { BreakerOpenError, LimiterUnavailableError } from '../call-patterns/errors.ts'
import { type BreakerConfig, GUIDE_BREAKER, type Outcome } from './breakerStateMachine.ts'

/** The section contract every breaker meets (this one, a fake, the pure machine wrapped). */
export interface Breaker {
  allow: () => Promise<void>
  record: (outcome: Outcome) => Promise<void>
}

// #region luaTransitions
// #region allowLua
const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function reset(state) -- every transition resets every counter
  redis.call('DEL', KEYS[2])
  redis.call('HSET', KEYS[1], 'state', state, 'since', now, 'probes', 0, 'successes', 0)
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]))
end
local state = redis.call('HGET', KEYS[1], 'state') or 'closed'
local since = tonumber(redis.call('HGET', KEYS[1], 'since') or '0')
`
// KEYS: state hash, failure zset. ARGV: ttl, openMs, probeBudget. Returns {admitted, retryAfterMs}.
export const ALLOW_LUA = `${NOW}
if state == 'closed' then return {1, 0} end
if state == 'open' then
  local left = since + tonumber(ARGV[2]) - now
  if left > 0 then return {0, left} end
  reset('half-open')
elseif now - since >= tonumber(ARGV[2]) then reset('half-open') end -- probes never answered
if redis.call('HINCRBY', KEYS[1], 'probes', 1) <= tonumber(ARGV[3]) then return {1, 0} end
redis.call('HINCRBY', KEYS[1], 'probes', -1)
return {0, 1000}
`
// #endregion allowLua
// #region recordLua
// ARGV: ttl, outcome, failureThreshold, windowMs, successThreshold, unique member. Returns the state.
export const RECORD_LUA = `${NOW}
if state == 'open' then return state end
if state == 'half-open' then
  if ARGV[2] == 'vendor-fault' then reset('open') return 'open' end
  if redis.call('HINCRBY', KEYS[1], 'successes', 1) < tonumber(ARGV[5]) then return state end
  reset('closed') return 'closed'
end
if ARGV[2] == 'success' then redis.call('DEL', KEYS[2]) return state end
redis.call('ZADD', KEYS[2], now, ARGV[6]) -- unique member: same-ms faults all count
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - tonumber(ARGV[4])) -- a rolling window
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[4]))
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[3]) then reset('open') return 'open' end
return state
`
// #endregion recordLua
// #endregion luaTransitions

export interface RedisBreakerOptions {
  redis: Redis // this pod's connection, with a short commandTimeout (100-200 ms)
  name: string // the SAME in every pod: breaker:<name>:state
  config?: BreakerConfig
  onRedisDown?: 'fail-closed' | 'fail-open' // default fail-closed (503), like the vendor limiter
}

export class RedisBreaker implements Breaker {
  readonly #o: Required<RedisBreakerOptions>
  readonly #keys: [string, string]
  constructor(options: RedisBreakerOptions) {
    this.#o = { config: GUIDE_BREAKER, onRedisDown: 'fail-closed', ...options }
    this.#keys = [`breaker:${options.name}:state`, `breaker:${options.name}:failures`]
  }

  get #ttl(): number { return 2 * (this.#o.config.openMs + this.#o.config.windowMs) }

  // #region allow
  async allow(): Promise<void> {
    const { redis, config } = this.#o
    let reply: unknown
    try {
      reply = await redis.eval(ALLOW_LUA, 2, ...this.#keys, this.#ttl, config.openMs, config.probeBudget)
    }
    catch (err) { // Redis slow or down: a decided policy, within commandTimeout
      if (this.#o.onRedisDown === 'fail-open') return
      throw new LimiterUnavailableError({ cause: err })
    }
    const [admitted, retryAfterMs] = Array.isArray(reply) ? reply.map(Number) : []
    if (admitted !== 1)
      throw new BreakerOpenError(retryAfterMs ?? 1_000) // -> 503 with Retry-After
  }
  // #endregion allow

  // #region record
  async record(outcome: Outcome): Promise<void> {
    if (outcome === 'neutral')
      return // 4xx, 429, our own rejections, disconnects: not the vendor's health
    const { redis, config: c } = this.#o
    const member = `${Date.now()}-${crypto.randomUUID()}`
    const args = [this.#ttl, outcome, c.failureThreshold, c.windowMs, c.successThreshold, member]
    await redis.eval(RECORD_LUA, 2, ...this.#keys, ...args)
      .catch(() => undefined) // losing one sample beats failing a call that already succeeded
  }
  // #endregion record

  /** The shared state as every pod sees it (for tests, dashboards and demos). */
  async state(): Promise<string> {
    return (await this.#o.redis.hget(this.#keys[0], 'state')) ?? 'closed'
  }
}
