// A priority queue every pod shares: a Redis sorted set with a composite score (priority, then a
// Redis-side sequence for FIFO), a unique id per item, and BZPOPMIN on a dedicated connection.
// At-most-once: a popped item is gone. When that matters, use BullMQ. Node only (ioredis).
import type { Redis } from 'ioredis'

export interface QueuedItem<T> { id: string, priority: number, payload: T }

// #region push
// KEYS: queue zset, sequence counter. ARGV: priority, member. Score = priority * 2^32 + sequence.
const PUSH_LUA = `
local seq = redis.call('INCR', KEYS[2])
redis.call('ZADD', KEYS[1], tonumber(ARGV[1]) * 4294967296 + seq, ARGV[2])
return seq`

/** Lower priority number = popped sooner (the guide's and BullMQ's convention). */
export async function push<T>(redis: Redis, key: string, priority: number, payload: T): Promise<string> {
  const id = crypto.randomUUID() // unique across pods (the guide used a memory address)
  const member = JSON.stringify({ id, priority, payload } satisfies QueuedItem<T>)
  await redis.eval(PUSH_LUA, 2, key, `${key}:seq`, priority, member)
  return id
}
// #endregion push

// #region pop
/** Blocks THIS connection up to timeoutSec: give the consumer its own ioredis client. */
export async function pop<T>(consumer: Redis, key: string, timeoutSec: number) {
  const reply = await consumer.bzpopmin(key, timeoutSec) // [key, member, score] or null
  if (!reply) return null
  return JSON.parse(reply[1]) as QueuedItem<T> // gone from Redis now: a crash here loses it
}
// #endregion pop
