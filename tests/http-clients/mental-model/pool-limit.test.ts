import { afterEach, describe, expect, it } from 'vitest'
import type { Agent } from 'undici'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { fanOut, poolStats, vendorAgent } from '../../../snippets/http-clients/mental-model/pool-limit.ts'
import { until } from '../../support/timing.ts'

describe('100 concurrent requests through connections: 10', () => {
  let server: FakeLlmServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.destroy()
    await server?.close()
    server = agent = undefined
  })

  it('the server never sees more than 10 at once, the pool queues the rest, all 100 succeed', async () => {
    const s = server = await serveFakeLlm({ plan: { latencyMs: 200 } })
    const a = agent = vendorAgent()
    expect(poolStats(a, s.url)).toEqual({ connected: 0, running: 0, queued: 0 }) // no pool yet
    const calls = fanOut(a, s.url, 100)
    await until(() => s.stats.inFlight === 10)
    const mid = poolStats(a, s.url)
    expect(mid.connected).toBe(10)
    expect(mid.running).toBe(10)
    expect(mid.queued).toBeGreaterThan(50) // waiting inside undici, invisible to the server
    const answers = await calls
    expect(answers).toHaveLength(100)
    expect(answers.every(text => text.includes('chat.completion'))).toBe(true)
    expect(s.stats.requests).toBe(100)
    expect(s.stats.maxInFlight).toBe(10)
    expect(s.stats.socketsOpened).toBe(10) // queued requests reused the ten sockets
    expect(poolStats(a, s.url).queued).toBe(0)
  })
})
