import { afterEach, describe, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { fanOutBounded, fanOutDefault } from '../../../snippets/safe-api-calls/core-concepts/unboundedFanout.ts'
import { lagMonitor } from '../../support/timing.ts'

describe('unbounded vs bounded fan-out (100 calls, 300 ms vendor latency)', () => {
  let server: FakeLlmServer | undefined
  afterEach(async () => {
    await server?.close()
    expect(server?.stats.openSockets ?? 0).toBe(0)
    server = undefined
  })

  it('the default dispatcher opens a socket per concurrent call', async () => {
    // 1 s instead of 300 ms: on a loaded machine 100 connects can take longer than 300 ms.
    server = await serveFakeLlm({ plan: { latencyMs: 1000 } })
    const statuses = await fanOutDefault(server.url, 100)
    expect(statuses.filter(s => s === 200)).toHaveLength(100)
    expect(server.stats.maxOpenSockets).toBeGreaterThanOrEqual(90)
    expect(server.stats.maxInFlight).toBeGreaterThanOrEqual(75) // on a loaded CI box some finish before the last arrives
  })

  it('a 10-connection pool keeps the vendor at 10 and queues the rest', async () => {
    server = await serveFakeLlm({ plan: { latencyMs: 300 } })
    using lag = lagMonitor()
    const t0 = performance.now()
    const statuses = await fanOutBounded(server.url, 100, 10)
    const seconds = (performance.now() - t0) / 1000
    expect(statuses.filter(s => s === 200)).toHaveLength(100)
    expect(server.stats.maxOpenSockets).toBeLessThanOrEqual(10)
    expect(server.stats.maxInFlight).toBe(10)
    expect(seconds).toBeGreaterThanOrEqual(2.9) // ten waves of 300 ms
    expect(seconds).toBeLessThan(6 + (await lag.slack()) / 1000) // sanity only: the waves are the point
  })
})
