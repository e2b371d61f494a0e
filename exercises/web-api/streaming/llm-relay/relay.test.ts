// The relay against the kit's fake LLM, in-process.
import { EventSourceParserStream } from 'eventsource-parser/stream'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { completionChunks, createFakeLlm } from '../../../../snippets/shared/fake-llm/app.ts'
import type { FaultPlan } from '../../../../snippets/shared/fake-llm/app.ts'
import { createRelayApp, SAFE_ERROR } from './relay.ts'

const SEED = 5
const ask = (prompt: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt }) })
const open: { cancel: () => Promise<void> }[] = []
afterEach(async () => { await Promise.all(open.splice(0).map(r => r.cancel().catch(() => {}))) })

function setup(plan: FaultPlan) {
  const fake = createFakeLlm({ seed: SEED, plan })
  const app = createRelayApp({ fetch: async (url, init) => fake.app.request(url, init), baseUrl: 'http://llm' })
  return { fake, app }
}
function events(res: Response) {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader()
  open.push(reader)
  return reader
}

describe('LLM relay', () => {
  it('relays tokens in order as SSE, with the anti-buffering headers', async () => {
    const { app } = setup({ chunks: 5, gapMs: 10 })
    const res = await app.request('/chat', ask('hi'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/event-stream')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('x-accel-buffering')).toBe('no')
    const reader = events(res)
    const got: string[] = []
    for (let r = await reader.read(); !r.done; r = await reader.read()) got.push(`${r.value.event}:${r.value.data}`)
    expect(got).toEqual([...completionChunks(SEED, 'user:hi', 5).map(t => `token:${t}`), 'done:[DONE]'])
  })

  it('sends the first token before the upstream has finished', async () => {
    const { app, fake } = setup({ chunks: 6, gapMs: 60 })
    const reader = events(await app.request('/chat', ask('hi')))
    expect((await reader.read()).value?.event).toBe('token')
    expect(fake.stats.log[0]?.outcome).toBe('in-flight')
  })

  it('answers 502 in the standard error shape when the upstream fails before streaming', async () => {
    const { app } = setup({ status: 500 })
    const res = await app.request('/chat', ask('hi'))
    expect(res.status).toBe(502)
    expect(await res.json()).toMatchObject({ status: 502, code: 'EXTERNAL_SERVICE_ERROR' })
  })

  it('cancelling the client aborts the upstream request', async () => {
    const { app, fake } = setup({ chunks: 50, gapMs: 20 })
    const reader = events(await app.request('/chat', ask('hi')))
    for (let i = 0; i < 3; i++) await reader.read()
    await reader.cancel()
    await vi.waitFor(() => expect(fake.stats.clientCloses[0]?.generationStopped).toBe(true))
    expect(fake.stats.log[0]?.chunksSent).toBeLessThan(50)
  })

  it('an upstream failure mid-stream ends with a sanitised error event', async () => {
    const { app } = setup({ chunks: 8, gapMs: 5, reset: { afterChunks: 2 } })
    const res = await app.request('/chat', ask('hi'))
    expect(res.status).toBe(200)
    const reader = events(res)
    const got = []
    for (let r = await reader.read(); !r.done; r = await reader.read()) got.push(r.value)
    expect(got.at(-1)).toMatchObject({ event: 'error', data: SAFE_ERROR })
    expect(got.filter(e => e.event === 'token')).toHaveLength(2)
  })
})
