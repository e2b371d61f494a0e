import { setImmediate as nextTurn } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { createAgent, fetchText } from '../../../snippets/http-clients/mental-model/agent.ts'
import { median, sequentialNewAgent, sequentialShared, slowConnect } from '../../../snippets/http-clients/mental-model/reuse.ts'
import { until } from '../../support/timing.ts'

describe('reuse vs a new agent per request (20 sequential GETs)', () => {
  let server: FakeLlmServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('one shared agent: 1 connection at the server, closed at the end', async () => {
    server = await serveFakeLlm()
    const latencies = await sequentialShared(`${server.url}/v1/models`, 20)
    expect(latencies).toHaveLength(20)
    expect(server.stats.requests).toBe(20)
    expect(server.stats.socketsOpened).toBe(1)
    const s = server
    await until(() => s.stats.openSockets === 0) // agent.close() released it
  })

  it('a new agent per request: 20 connections, 20 handshakes, none left open', async () => {
    server = await serveFakeLlm()
    const latencies = await sequentialNewAgent(`${server.url}/v1/models`, 20)
    expect(latencies).toHaveLength(20)
    expect(server.stats.socketsOpened).toBe(20)
    const s = server
    await until(() => s.stats.openSockets === 0)
  })

  it('with a 50 ms connect (a remote vendor), reuse pays it once and a new agent per request every time', async () => {
    server = await serveFakeLlm()
    const url = `${server.url}/v1/models`
    const shared = await sequentialShared(url, 20, { connect: slowConnect(50) })
    const perRequest = await sequentialNewAgent(url, 20, { connect: slowConnect(50) })
    expect(shared[0]).toBeGreaterThanOrEqual(45) // the first request opened the socket
    expect(median(perRequest)).toBeGreaterThanOrEqual(45) // every request opened one
    expect(median(shared)).toBeLessThan(median(perRequest) - 20) // loose: a busy machine adds noise
  })

  it('without an artificial connect cost (loopback), reuse is still not slower (loose)', async () => {
    server = await serveFakeLlm()
    const url = `${server.url}/v1/models`
    await sequentialShared(url, 5) // warm up both code paths (JIT) before measuring
    await sequentialNewAgent(url, 5)
    const shared = await sequentialShared(url, 20)
    const perRequest = await sequentialNewAgent(url, 20)
    expect(median(shared)).toBeLessThan(median(perRequest) * 1.5 + 5)
  })

  it('median picks the typical request', () => {
    expect(median([30, 1, 2, 3, 2])).toBe(2)
    expect(median([])).toBeNaN()
  })

  it('back to back in one turn, undici may open a second socket (the first is freed a turn later)', async () => {
    server = await serveFakeLlm()
    const agent = createAgent({ connections: 10, allowH2: false })
    try {
      for (let i = 0; i < 20; i++)
        await fetchText(agent, `${server.url}/v1/models`) // no nextTurn() between calls
      expect(server.stats.socketsOpened).toBeGreaterThanOrEqual(1)
      expect(server.stats.socketsOpened).toBeLessThanOrEqual(2) // still reuse, never 20
      server.fake.reset()
      for (let i = 0; i < 20; i++) {
        await fetchText(agent, `${server.url}/v1/models`)
        await nextTurn()
      }
      expect(server.stats.socketsOpened).toBe(0) // only pooled sockets were used
    }
    finally {
      await agent.close()
    }
  })
})
