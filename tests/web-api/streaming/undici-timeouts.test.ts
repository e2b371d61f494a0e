import { afterEach, describe, expect, it } from 'vitest'
import type { Agent } from 'undici'
import { serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import type { FakeLlmServer } from '../../../snippets/shared/fake-llm/server.ts'
import { createProxyApp } from '../../../snippets/web-api/streaming/llm-proxy.ts'
import { SAFE_ERROR } from '../../../snippets/web-api/streaming/llm-proxy.ts'
import { fetchVia, relayAgent } from '../../../snippets/web-api/streaming/undici-timeouts.ts'
import { sseReader } from './sse-reader.ts'

let vendor: FakeLlmServer | undefined
let agent: Agent | undefined
afterEach(async () => {
  await vendor?.close()
  await agent?.close()
  vendor = agent = undefined
})

const chat = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"prompt":"hi"}' }

describe('upstream timeouts of the relay (undici)', () => {
  it('headers later than headersTimeout -> UND_ERR_HEADERS_TIMEOUT -> 504 before streaming', async () => {
    vendor = await serveFakeLlm({ plan: { latencyMs: 3_000 } })
    agent = relayAgent({ headersTimeoutMs: 300 })
    const logs: string[] = []
    const app = createProxyApp({ fetch: fetchVia(agent), baseUrl: vendor.url, deadlineMs: 30_000, log: l => logs.push(l) })
    const res = await app.request('/chat', chat)
    expect(res.status).toBe(504)
    expect(await res.json()).toMatchObject({ code: 'UPSTREAM_TIMEOUT', status: 504 })
  })

  it('2 s between tokens with bodyTimeout 500 ms -> a sanitised error event ends the relay', async () => {
    vendor = await serveFakeLlm({ plan: { chunks: 4, ttftMs: 0, gapMs: 2_000 } })
    agent = relayAgent({ bodyTimeoutMs: 500 })
    const logs: string[] = []
    const app = createProxyApp({ fetch: fetchVia(agent), baseUrl: vendor.url, deadlineMs: 30_000, log: l => logs.push(l) })
    const res = await app.request('/chat', chat)
    expect(res.status).toBe(200)
    const events = []
    const reader = sseReader(res)
    for (let r = await reader.read(); !r.done; r = await reader.read()) events.push(r.value)
    const last = events.at(-1)
    expect(last?.event).toBe('error')
    expect(last?.data).toBe(SAFE_ERROR)
    expect(last?.data).not.toMatch(/UND_ERR|timeout/i)
    expect(logs.join('\n')).toMatch(/terminated|Body Timeout/i)
    expect(events.filter(e => e.event === 'token').length).toBeLessThan(4)
  })
})
