import { afterEach, describe, expect, it } from 'vitest'
import type { Agent } from 'undici'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { chatRequest, createAgent, fetchText } from '../../../snippets/http-clients/mental-model/agent.ts'

describe('createAgent + fetchText against the fake LLM', () => {
  let server: FakeLlmServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.close()
    await server?.close()
    server = agent = undefined
  })

  it('opens no socket until the first request, then answers through undici\'s fetch', async () => {
    server = await serveFakeLlm()
    agent = createAgent({ connections: 2, allowH2: false })
    expect(server.stats.socketsOpened).toBe(0)
    const text = await fetchText(agent, `${server.url}/v1/chat/completions`, chatRequest('hi'))
    expect(JSON.parse(text)).toMatchObject({ object: 'chat.completion' })
    expect(server.stats.socketsOpened).toBe(1)
  })

  it('an error status throws, after the body was consumed: the socket goes back to the pool', async () => {
    server = await serveFakeLlm()
    agent = createAgent({ connections: 1, allowH2: false })
    const failing = { ...chatRequest('hi'), headers: { 'content-type': 'application/json', 'x-fake-faults': '{"status":503}' } }
    await expect(fetchText(agent, `${server.url}/v1/chat/completions`, failing)).rejects.toThrow(/answered 503/)
    // with connections: 1, a socket held by an unread body would block this call forever
    await expect(fetchText(agent, `${server.url}/v1/models`)).resolves.toContain('"object":"list"')
    expect(server.stats.socketsOpened).toBe(1)
  })

  it('respects the per-origin connection limit it is given', async () => {
    server = await serveFakeLlm({ plan: { latencyMs: 100 } })
    agent = createAgent({ connections: 3, allowH2: false })
    const a = agent
    const url = `${server.url}/v1/chat/completions`
    await Promise.all(Array.from({ length: 9 }, () => fetchText(a, url, chatRequest('hi'))))
    expect(server.stats.maxInFlight).toBe(3)
    expect(server.stats.socketsOpened).toBe(3)
  })
})
