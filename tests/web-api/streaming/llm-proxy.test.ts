import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeLlm, completionChunks } from '../../../snippets/shared/fake-llm/app.ts'
import type { FaultPlan } from '../../../snippets/shared/fake-llm/app.ts'
import { serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import type { FakeLlmServer } from '../../../snippets/shared/fake-llm/server.ts'
import { listen } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import type { Listening } from '../../../snippets/web-api/http-and-parameters/listen.ts'
import { createProxyApp } from '../../../snippets/web-api/streaming/llm-proxy.ts'
import { captureConsole } from '../../support/capture-console.ts'
import { sseReader } from './sse-reader.ts'

const SEED = 3
const chat = (prompt: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt }) })

function inProcess(plan: FaultPlan, deadlineMs = 10_000) {
  const fake = createFakeLlm({ seed: SEED, plan })
  const app = createProxyApp({ fetch: async (url, init) => fake.app.request(url, init), baseUrl: 'http://llm', deadlineMs })
  return { fake, app }
}

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => { for (const c of cleanups.splice(0).reverse()) await c() })

describe('relaying the fake LLM token stream (in-process)', () => {
  it('relays the tokens in order, the first before the upstream finishes', async () => {
    const { fake, app } = inProcess({ chunks: 6, gapMs: 60 })
    const res = await app.request('/chat', chat('tell me'))
    expect(res.status).toBe(200)
    expect(res.headers.get('x-accel-buffering')).toBe('no')
    const reader = sseReader(res)
    cleanups.push(() => reader.cancel())
    const first = await reader.read()
    const firstAt = Date.now()
    expect(first.value?.event).toBe('token')
    const tokens = [first.value?.data]
    for (let r = await reader.read(); !r.done; r = await reader.read())
      if (r.value.event === 'token') tokens.push(r.value.data)
    expect(tokens).toEqual(completionChunks(SEED, 'user:tell me', 6)) // the fake's prompt key
    const finishedAt = fake.stats.log[0]?.finishedAt
    expect(finishedAt).toBeGreaterThan(firstAt) // streamed, not buffered
  })

  it('upstream 500 -> our 502 problem before any stream starts', async () => {
    const { app } = inProcess({ status: 500 })
    const res = await app.request('/chat', chat('x'))
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(await res.json()).toMatchObject({ code: 'EXTERNAL_SERVICE_ERROR', status: 502 })
  })

  it('upstream timeout -> 504', async () => {
    const { app, fake } = inProcess({ latencyMs: 5_000 }, 100)
    cleanups.push(async () => fake.stopAll())
    const res = await app.request('/chat', chat('x'))
    expect(res.status).toBe(504)
    expect(await res.json()).toMatchObject({ code: 'UPSTREAM_TIMEOUT' })
  })

  it('an invalid body is a 422 before any upstream call', async () => {
    const { app, fake } = inProcess({})
    const res = await app.request('/chat', chat(''))
    expect(res.status).toBe(422)
    expect(fake.stats.requests).toBe(0)
  })

  it('cancelling after three tokens aborts the upstream; no further tokens are generated', async () => {
    const { app, fake } = inProcess({ chunks: 50, gapMs: 20 })
    const reader = sseReader(await app.request('/chat', chat('long answer')))
    for (let i = 0; i < 3; i++) expect((await reader.read()).value?.event).toBe('token')
    await reader.cancel()
    await vi.waitFor(() => expect(fake.stats.clientCloses[0]?.generationStopped).toBe(true))
    const sent = fake.stats.log[0]?.chunksSent ?? 0
    expect(sent).toBeLessThan(50)
    expect(fake.stats.activeGenerations).toBe(0)
    expect(fake.stats.log[0]?.outcome).toBe('client-closed')
  })

  it('the demo relays tokens and maps a 500 to 502', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/streaming/llm-proxy.demo.ts'))
    expect(lines[0]).toBe('200 text/event-stream')
    expect(lines.filter(l => l.startsWith('event: token'))).toHaveLength(5)
    expect(lines.at(-2)).toBe('event: done | data: [DONE]')
    expect(lines.at(-1)).toBe('502 EXTERNAL_SERVICE_ERROR')
  })
})

describe('the same relay over real sockets', () => {
  let vendor: FakeLlmServer | undefined
  let proxy: Listening | undefined
  afterEach(async () => {
    await proxy?.close()
    await vendor?.close()
    proxy = vendor = undefined
  })

  it('a client that disconnects mid-stream aborts the upstream request', async () => {
    vendor = await serveFakeLlm({ seed: SEED, plan: { chunks: 100, gapMs: 20 } })
    proxy = await listen(createProxyApp({ fetch, baseUrl: vendor.url, deadlineMs: 10_000 }))
    const client = new AbortController()
    const res = await fetch(`${proxy.url}/chat`, { ...chat('hi'), signal: client.signal })
    const reader = sseReader(res)
    for (let i = 0; i < 3; i++) expect((await reader.read()).value?.event).toBe('token')
    client.abort()
    await reader.cancel().catch(() => {})
    await vi.waitFor(() => expect(vendor?.stats.clientCloses[0]?.generationStopped).toBe(true), { timeout: 5_000 })
    expect(vendor.stats.log[0]?.chunksSent).toBeLessThan(100)
  })
})
