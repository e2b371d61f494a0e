import { afterEach, describe, expect, it } from 'vitest'
import type { Agent } from 'undici'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { chatRequest, fetchText } from '../../../snippets/http-clients/mental-model/agent.ts'
import { startClient, stopClient } from '../../../snippets/http-clients/mental-model/lifecycle.ts'
import { until } from '../../support/timing.ts'

/** The undici error behind fetch's TypeError('fetch failed'). */
const causeCode = (e: unknown): unknown =>
  e instanceof Error && e.cause instanceof Error && 'code' in e.cause ? e.cause.code : undefined

describe('an Agent\'s lifecycle against the fake LLM', () => {
  let server: FakeLlmServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.destroy()
    await server?.close()
    server = agent = undefined
  })

  it('creation opens no socket; the first request opens one, later requests reuse it', async () => {
    const s = server = await serveFakeLlm()
    const a = agent = startClient()
    expect(s.stats.socketsOpened).toBe(0)
    await new Promise(r => setTimeout(r, 50)) // not even later: construction is configuration only
    expect(s.stats.socketsOpened).toBe(0)
    await fetchText(a, `${s.url}/v1/models`)
    expect(s.stats.socketsOpened).toBe(1)
    expect(s.stats.openSockets).toBe(1) // kept in the origin's pool
    await new Promise(r => setImmediate(r))
    await fetchText(a, `${s.url}/v1/models`)
    expect(s.stats.socketsOpened).toBe(1)
  })

  it('close(): the server sees the socket end, and a new request rejects (client destroyed)', async () => {
    const s = server = await serveFakeLlm()
    const a = agent = startClient()
    await fetchText(a, `${s.url}/v1/models`)
    await stopClient(a)
    await until(() => s.stats.openSockets === 0)
    const error = await fetchText(a, `${s.url}/v1/models`).then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError) // fetch wraps transport errors: 'fetch failed'
    expect(causeCode(error)).toBe('UND_ERR_DESTROYED')
    expect(s.stats.requests).toBe(1) // the late request never reached the server
  })

  it('close() waits for in-flight requests, which complete normally', async () => {
    const s = server = await serveFakeLlm({ plan: { latencyMs: 300 } })
    const a = agent = startClient()
    const inFlight = fetchText(a, `${s.url}/v1/chat/completions`, chatRequest('hi'))
    await until(() => s.stats.inFlight === 1)
    const closed = stopClient(a)
    await expect(inFlight).resolves.toContain('chat.completion')
    await closed
    expect(s.stats.log[0]?.outcome).toBe('completed')
    await until(() => s.stats.openSockets === 0)
  })

  it('destroy() (force) aborts in-flight requests at once; the server sees the client close', async () => {
    const s = server = await serveFakeLlm({ plan: { latencyMs: 5000 } })
    const a = agent = startClient()
    const inFlight = fetchText(a, `${s.url}/v1/chat/completions`, chatRequest('hi'))
    await until(() => s.stats.inFlight === 1)
    const t0 = performance.now()
    await stopClient(a, { force: true })
    await expect(inFlight).rejects.toThrow()
    expect(performance.now() - t0).toBeLessThan(2000) // not the 5 s answer (generous on a busy box)
    await until(() => s.stats.clientCloses.length === 1 && s.stats.openSockets === 0)
  })
})
