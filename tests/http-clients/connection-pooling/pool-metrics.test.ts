import { afterEach, describe, expect, it } from 'vitest'
import type { Agent } from 'undici'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { chatRequest, createAgent, fetchText } from '../../../snippets/http-clients/mental-model/agent.ts'
import { createPoolLimiter, QueueTimeoutError } from '../../../snippets/http-clients/connection-pooling/pool-timeout.ts'
import { type ConnectionCounter, countConnections, poolMetrics } from '../../../snippets/http-clients/connection-pooling/pool-metrics.ts'
import { until } from '../../support/timing.ts'

describe('pool metrics', () => {
  let server: FakeLlmServer | undefined
  let agent: Agent | undefined
  let counter: ConnectionCounter | undefined
  afterEach(async () => {
    counter?.[Symbol.dispose]()
    await agent?.destroy()
    await server?.close()
    server = agent = counter = undefined
  })

  it('created (diagnostics channel) equals the server\'s count; pending > 0 under pressure; all five fields', async () => {
    const s = server = await serveFakeLlm({ plan: { latencyMs: 400 } })
    const a = agent = createAgent({ connections: 3, allowH2: false })
    const conns = counter = countConnections(s.url)
    const limiter = createPoolLimiter(10, 5_000) // deliberately above connections: undici queues
    const metrics = () => poolMetrics(a, s.url, conns, limiter)
    expect(metrics()).toEqual({ active: 0, idle: 0, pending: 0, created: 0, poolTimeouts: 0, waitMs: 0 })
    const calls = Array.from({ length: 10 }, (_, i) =>
      limiter.run(() => fetchText(a, `${s.url}/v1/chat/completions`, chatRequest(`q${i}`))))
    await until(() => s.stats.inFlight === 3)
    const busy = metrics()
    expect(busy.active).toBe(3)
    expect(busy.pending).toBeGreaterThan(0) // waiting inside undici
    await Promise.all(calls)
    await until(() => metrics().idle === 3)
    expect(metrics()).toMatchObject({ active: 0, idle: 3, pending: 0, created: 3, poolTimeouts: 0 })
    expect(conns.created).toBe(s.stats.socketsOpened)
  })

  it('counts pool timeouts and connect errors', async () => {
    const s = server = await serveFakeLlm({ plan: { latencyMs: 1_000 } })
    const a = agent = createAgent({ connections: 1, allowH2: false })
    const conns = counter = countConnections(s.url)
    const limiter = createPoolLimiter(1, 100)
    const call = () => limiter.run(() => fetchText(a, `${s.url}/v1/chat/completions`, chatRequest('q')))
    const held = call()
    await expect(call()).rejects.toBeInstanceOf(QueueTimeoutError)
    const m = poolMetrics(a, s.url, conns, limiter)
    expect(m.poolTimeouts).toBe(1)
    expect(m.waitMs).toBeGreaterThanOrEqual(100 - 5)
    await held
    const url = new URL(s.url)
    await server.close()
    server = undefined // nothing listens there any more
    await expect(fetchText(a, `${url.origin}/health`)).rejects.toThrow()
    expect(conns.failed).toBeGreaterThanOrEqual(1)
  }, 10_000)
})
