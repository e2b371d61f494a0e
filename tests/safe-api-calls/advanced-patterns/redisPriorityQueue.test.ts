import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { pop, push } from '../../../snippets/safe-api-calls/advanced-patterns/redisPriorityQueue.ts'
import { startRedisServer, type RedisServer } from '../../support/redis-server.ts'

let server: RedisServer
const clients: Redis[] = []
let n = 0
async function connect() {
  const redis = new Redis(server.port, server.host)
  clients.push(redis)
  await new Promise<void>(resolve => redis.once('ready', () => resolve()))
  return redis
}
const fresh = () => `pq:test-${process.pid}-${++n}`

beforeAll(async () => { server = await startRedisServer() })
afterEach(async () => { await Promise.all(clients.splice(0).map(c => c.quit().catch(() => c.disconnect()))) })
afterAll(async () => { await server.stop() })

describe('redisPriorityQueue: a sorted set every pod shares', () => {
  it('two producer pods, one consumer: ascending priority, FIFO within a priority', async () => {
    const key = fresh()
    const [p1, p2, consumer] = await Promise.all([connect(), connect(), connect()])
    const pushed: string[] = []
    for (let i = 0; i < 12; i++) {
      const priority = [2, 0, 1][i % 3]!
      await push(i % 2 ? p1 : p2, key, priority, `${priority}-${i}`)
      pushed.push(`${priority}-${i}`)
    }
    const popped: string[] = []
    for (let i = 0; i < 12; i++) popped.push((await pop<string>(consumer, key, 1))!.payload)
    const expected = [...pushed].sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a.slice(2)) - Number(b.slice(2)))
    expect(popped).toEqual(expected)
  })

  it('producers are not blocked while the consumer waits; an empty pop returns null after its timeout', async () => {
    const key = fresh()
    const [producer, consumer] = await Promise.all([connect(), connect()])
    const started = performance.now()
    const waiting = pop(consumer, key, 0.3) // blocks the consumer's connection only
    const pushStarted = performance.now()
    await push(producer, `${key}:other`, 1, 'x')
    expect(performance.now() - pushStarted).toBeLessThan(250) // blocked, it would wait the pop's 300 ms
    expect(await waiting).toBeNull()
    const waited = performance.now() - started
    expect(waited).toBeGreaterThanOrEqual(250)
    expect(waited).toBeLessThan(1_500)
  })

  it('items pushed in the same millisecond from two pods get unique ids and both survive', async () => {
    const key = fresh()
    const [p1, p2, consumer] = await Promise.all([connect(), connect(), connect()])
    const ids = await Promise.all([push(p1, key, 1, 'same'), push(p2, key, 1, 'same')])
    expect(new Set(ids).size).toBe(2)
    expect(await consumer.zcard(key)).toBe(2)
  })

  it('a consumer that crashes after popping loses the item (at-most-once)', async () => {
    const key = fresh()
    const [producer, consumer] = await Promise.all([connect(), connect()])
    await push(producer, key, 0, 'job-1')
    const item = await pop<string>(consumer, key, 1)
    expect(item?.payload).toBe('job-1')
    consumer.disconnect() // "crash" before the work is done or acknowledged
    expect(await producer.zcard(key)).toBe(0) // nobody can ever pop it again
  })
})
