import { Agent, fetch } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { loggingInterceptor, observeUndici } from '../../../snippets/http-clients/advanced/hooks.ts'
import { serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import type { FakeLlmServer } from '../../../snippets/shared/fake-llm/server.ts'
import { llmRequest } from '../../../snippets/http-clients/timeouts/llm-request.ts'

type Line = { msg: string } & Record<string, unknown>

describe('logging hooks', () => {
  let vendor: FakeLlmServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.close()
    await vendor?.close()
    vendor = agent = undefined
  })
  const secretInit = () => {
    const init = llmRequest({ prompt: 'hi' })
    return { ...init, headers: { ...init.headers, authorization: 'Bearer sk-SECRET-123' } }
  }

  it('the interceptor writes one http_request and one http_response line per call, never the auth header', async () => {
    vendor = await serveFakeLlm({ seed: 1 })
    agent = new Agent({ allowH2: false })
    const lines: Line[] = []
    const d = agent.compose(loggingInterceptor((fields, msg) => lines.push({ msg, ...fields })))
    const res = await fetch(`${vendor.url}/v1/chat/completions`, { ...secretInit(), dispatcher: d })
    await res.text()
    expect(lines.map(l => l.msg)).toEqual(['http_request', 'http_response'])
    expect(lines[0]).toMatchObject({ method: 'POST', url: `${vendor.url}/v1/chat/completions` })
    expect(lines[1]).toMatchObject({ method: 'POST', url: `${vendor.url}/v1/chat/completions`, status: 200 })
    expect(JSON.stringify(lines)).not.toMatch(/SECRET|authorization/i)
  })

  it('a failed call logs http_error instead of http_response', async () => {
    vendor = await serveFakeLlm({ seed: 1 })
    agent = new Agent({ allowH2: false })
    const lines: Line[] = []
    const d = agent.compose(loggingInterceptor((fields, msg) => lines.push({ msg, ...fields })))
    const init = llmRequest({ faults: { reset: 'before-headers' } })
    await expect(fetch(`${vendor.url}/v1/chat/completions`, { ...init, dispatcher: d })).rejects.toThrow('fetch failed')
    expect(lines.map(l => l.msg)).toEqual(['http_request', 'http_error'])
  })

  it('the diagnostics channels see every undici request; unsubscribing stops them', async () => {
    vendor = await serveFakeLlm({ seed: 1 })
    agent = new Agent({ allowH2: false })
    const lines: Line[] = []
    const stop = observeUndici((fields, msg) => lines.push({ msg, ...fields }))
    try {
      await (await fetch(`${vendor.url}/v1/models`, { dispatcher: agent })).text()
    }
    finally { stop() }
    await (await fetch(`${vendor.url}/v1/models`, { dispatcher: agent })).text()
    const mine = lines.filter(l => l.path === '/v1/models')
    expect(mine.map(l => l.msg)).toEqual(['dc_request', 'dc_response'])
    expect(mine[1]).toMatchObject({ status: 200 })
    expect(JSON.stringify(lines)).not.toMatch(/authorization/i)
  })
})
