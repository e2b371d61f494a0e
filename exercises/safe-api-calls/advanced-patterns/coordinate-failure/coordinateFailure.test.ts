import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { GUIDE_BREAKER } from '../../../../snippets/safe-api-calls/advanced-patterns/breakerStateMachine.ts'
import { BreakerOpenError } from '../../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { startRedisServer, type RedisServer } from '../../../../tests/support/redis-server.ts'
import { SharedBreaker } from './coordinateFailure.ts'

let server: RedisServer
const clients: Redis[] = []
let n = 0
const config = { ...GUIDE_BREAKER, openMs: 400 } // scaled open timeout

async function twoPods() {
  const name = `exercise-${process.pid}-${++n}`
  return Promise.all([0, 1].map(async () => {
    const redis = new Redis(server.port, server.host)
    clients.push(redis)
    await new Promise<void>(resolve => redis.once('ready', () => resolve()))
    return new SharedBreaker({ redis, name, config })
  }))
}

beforeAll(async () => { server = await startRedisServer() })
afterEach(async () => { await Promise.all(clients.splice(0).map(c => c.quit())) })
afterAll(async () => { await server.stop() })

describe('coordinate the failure', () => {
  it('5 faults on pod A open the breaker for pod B', async () => {
    const [a, b] = await twoPods()
    for (let i = 0; i < 5; i++) await a!.record('vendor-fault')
    await expect(b!.allow()).rejects.toBeInstanceOf(BreakerOpenError)
    expect(await b!.state()).toBe('open')
  })

  it('after the open timeout, 10 concurrent calls admit exactly 2 probes; 2 successes close it for both', async () => {
    const [a, b] = await twoPods()
    for (let i = 0; i < 5; i++) await a!.record('vendor-fault')
    await new Promise(r => setTimeout(r, 450))
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b)!.allow()))
    expect(results.filter(r => r.status === 'fulfilled')).toHaveLength(2)
    await a!.record('success')
    await b!.record('success')
    expect(await a!.state()).toBe('closed')
    expect(await b!.state()).toBe('closed')
    await Promise.all([a!.allow(), b!.allow(), a!.allow()])
  })
})
