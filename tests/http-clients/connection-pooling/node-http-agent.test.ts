import { afterEach, describe, expect, it } from 'vitest'
import type { Agent } from 'node:http'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { getText, idleSockets, warmFloorAgent } from '../../../snippets/http-clients/connection-pooling/node-http-agent.ts'
import { until } from '../../support/timing.ts'

describe('http.Agent with maxFreeSockets: 3', () => {
  let server: FakeLlmServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    agent?.destroy()
    await server?.close()
    server = agent = undefined
  })

  it('after a burst of 10, exactly 3 idle sockets stay in the free list; the server sees 3 open', async () => {
    const s = server = await serveFakeLlm({ plan: { latencyMs: 100 } })
    const a = agent = warmFloorAgent()
    const bodies = await Promise.all(Array.from({ length: 10 }, () => getText(a, `${s.url}/v1/models`)))
    expect(bodies.every(b => b.includes('fake-llm'))).toBe(true)
    expect(s.stats.socketsOpened).toBe(10)
    await until(() => s.stats.openSockets === 3)
    expect(idleSockets(a)).toBe(3) // the warm floor: httpx max_keepalive_connections
    await getText(a, `${s.url}/v1/models`)
    expect(s.stats.socketsOpened).toBe(10) // served by a warm socket
  })
})
