import { afterEach, describe, expect, it } from 'vitest'
import type { Agent } from 'undici'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { burst, burstAgent } from '../../../snippets/http-clients/connection-pooling/idle-expiry.ts'
import { until } from '../../support/timing.ts'

describe('idle sockets after a burst (keepAliveTimeout 1 s)', () => {
  let server: FakeLlmServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.destroy()
    await server?.close()
    server = agent = undefined
  })

  it('10 concurrent calls leave 10 idle sockets, all closed after the timeout; the next call opens a new one', async () => {
    const s = server = await serveFakeLlm({ plan: { latencyMs: 100 } })
    const a = agent = burstAgent()
    await burst(a, s.url, 10)
    const burstEnded = performance.now()
    expect(s.stats.socketsOpened).toBe(10)
    expect(s.stats.openSockets).toBe(10) // all kept: idle expiry is by age, not by count
    await until(() => s.stats.openSockets === 0, 6_000)
    const idleFor = performance.now() - burstEnded
    expect(idleFor).toBeGreaterThan(1_000 - 50) // not before the keep-alive timeout
    await burst(a, s.url, 1)
    expect(s.stats.socketsOpened).toBe(11) // a fresh handshake
  }, 15_000)
})
