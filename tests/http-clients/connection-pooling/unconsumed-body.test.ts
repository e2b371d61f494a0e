import { afterEach, describe, expect, it } from 'vitest'
import type { Agent } from 'undici'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { createAgent } from '../../../snippets/http-clients/mental-model/agent.ts'
import { statusOnly, statusOnlyLeaky } from '../../../snippets/http-clients/connection-pooling/unconsumed-body.ts'

// A 4-second token stream per answer: a socket is busy until its stream ends or is cancelled.
const longStream = { chunks: 40, gapMs: 100 }

describe('unconsumed bodies with connections: 2', () => {
  let server: FakeLlmServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.destroy()
    await server?.close()
    server = agent = undefined
  })

  it('leaky: two unread streams hold both sockets, the third call times out via its abort signal', async () => {
    const s = server = await serveFakeLlm({ plan: longStream })
    const a = agent = createAgent({ connections: 2, allowH2: false })
    const url = `${s.url}/v1/chat/completions`
    expect(await statusOnlyLeaky(a, url)).toBe(200)
    expect(await statusOnlyLeaky(a, url)).toBe(200)
    const third = statusOnlyLeaky(a, url, AbortSignal.timeout(500))
    await expect(third).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(s.stats.requests).toBe(2) // it never left the pool's queue
  }, 10_000)

  it('fixed: cancelling each body frees its socket, all three complete', async () => {
    const s = server = await serveFakeLlm({ plan: longStream })
    const a = agent = createAgent({ connections: 2, allowH2: false })
    const url = `${s.url}/v1/chat/completions`
    const statuses = []
    for (let i = 0; i < 3; i++)
      statuses.push(await statusOnly(a, url, AbortSignal.timeout(2_000)))
    expect(statuses).toEqual([200, 200, 200])
    expect(s.stats.requests).toBe(3)
  }, 10_000)
})
