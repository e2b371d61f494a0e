import { afterEach, describe, expect, it, vi } from 'vitest'
import { inProcessTransport } from '../../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { Semaphore } from '../../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { createFakeLlm, type FakeLlm, type FaultPlan } from '../../../../snippets/shared/fake-llm/app.ts'
import { createProxyApp } from './noVoidStreaming.ts'

let fake: FakeLlm | undefined
afterEach(() => { fake?.stopAll() })

function setup(plan: FaultPlan) {
  fake = createFakeLlm({ plan })
  const permits = new Semaphore(2)
  const app = createProxyApp({ transport: inProcessTransport(fake.app), url: 'http://vendor.test/v1/chat/completions', permits })
  return { app, permits, vendor: fake }
}

/** Reads until `n` SSE events have arrived; returns the reader (still open). */
async function readEvents(res: Response, n: number) {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
  for (let seen = 0; seen < n;) seen += ((await reader.read()).value ?? '').split('\n\n').length - 1
  return reader
}

const closedWithin = async (vendor: FakeLlm, since: number, ms: number) => {
  await vi.waitFor(() => expect(vendor.stats.clientCloses).toHaveLength(1), { timeout: 500, interval: 5 })
  expect(vendor.stats.clientCloses[0]!.at - since).toBeLessThan(ms)
}

describe('no streaming into the void', () => {
  it('a full stream still arrives, ends with [DONE] and gives the permit back', async () => {
    const { app, permits } = setup({ chunks: 5 })
    const text = await (await app.request('/stream', { method: 'POST' })).text()
    expect(text.trim().split('\n\n')).toHaveLength(6)
    expect(text).toContain('data: [DONE]')
    expect(permits.available).toBe(2)
  })

  it('cancelling the client after 2 events aborts the vendor request within 100 ms and frees the permit', async () => {
    const { app, permits, vendor } = setup({ chunks: 100, gapMs: 20 })
    const reader = await readEvents(await app.request('/stream', { method: 'POST' }), 2)
    const cancelledAt = Date.now()
    await reader.cancel()
    await closedWithin(vendor, cancelledAt, 100)
    await vi.waitFor(() => expect(permits.available).toBe(2), { timeout: 500 })
  })

  it('a disconnect during an upstream stall is propagated just as fast (the request signal)', async () => {
    const { app, permits, vendor } = setup({ chunks: 10, stallAfterChunks: 2 })
    const client = new AbortController()
    const res = await app.request(new Request('http://proxy.test/stream', { method: 'POST', signal: client.signal }))
    await readEvents(res, 2) // then the vendor goes silent: no write will ever fail
    const abortedAt = Date.now()
    client.abort()
    await closedWithin(vendor, abortedAt, 100)
    await vi.waitFor(() => expect(permits.available).toBe(2), { timeout: 500 })
  })
})
