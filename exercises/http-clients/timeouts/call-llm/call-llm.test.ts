import { fetch } from 'undici'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { TimeoutProfile } from '../../../../snippets/http-clients/timeouts/timeout-profiles.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../../snippets/shared/fake-llm/server.ts'
import { createLlmClient, LlmCallError, textOf } from './call-llm.ts'

// The LLM profile scaled down to milliseconds so faults show quickly. undici's timers tick
// coarsely (~0.5 s): a 300 ms timer fires within about 1 s, always before the 1.8 s deadline.
const testProfile: TimeoutProfile = {
  connectTimeoutMs: 300, poolAcquireMs: 300, headersTimeoutMs: 300, bodyTimeoutMs: 300, deadlineMs: 1800,
}
const TEST_MS = 6000 // a hanging starter fails here instead of waiting minutes

let vendor: FakeLlmServer
let client: ReturnType<typeof createLlmClient>
beforeAll(async () => {
  vendor = await serveFakeLlm()
  client = createLlmClient(vendor.url, testProfile)
})
beforeEach(() => vendor.fake.setPlan({}))
afterAll(async () => {
  await vendor.close() // ends any response still pending, then the client can close
  await client.close()
})

async function phaseOf(call: Promise<string>): Promise<string> {
  const err = await call.then(() => new Error('the call succeeded'), (e: unknown) => e)
  expect(err).toBeInstanceOf(LlmCallError)
  expect(err).toHaveProperty('cause') // the original error stays inspectable
  return err instanceof LlmCallError ? err.phase : 'not an LlmCallError'
}

describe('callLlm against the fake LLM vendor', () => {
  it('a normal call returns the text', async () => {
    const res = await fetch(`${vendor.url}/v1/chat/completions`, {
      method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: 'hello' }] }),
    })
    const expected = (await res.json() as { choices: { message: { content: string } }[] }).choices[0]?.message.content
    await expect(client.callLlm('hello')).resolves.toBe(expected)
    expect(textOf('data: {"choices":[{"delta":{"content":"a"}}]}\n\ndata: [DONE]\n\n')).toBe('a')
  }, TEST_MS)

  it('slow first token (3 s before headers) -> phase headers', async () => {
    vendor.fake.setPlan({ latencyMs: 3000 })
    expect(await phaseOf(client.callLlm('slow'))).toBe('headers')
  }, TEST_MS)

  it('a stall mid-stream -> phase body', async () => {
    vendor.fake.setPlan({ chunks: 10, gapMs: 50, stallAfterChunks: 2 })
    expect(await phaseOf(client.callLlm('stall'))).toBe('body')
  }, TEST_MS)

  it('a slow but steady stream past the deadline -> phase deadline', async () => {
    vendor.fake.setPlan({ chunks: 40, gapMs: 100 }) // 4 s, never 300 ms of silence
    expect(await phaseOf(client.callLlm('long'))).toBe('deadline')
  }, TEST_MS)

  it('the caller aborts -> phase aborted', async () => {
    vendor.fake.setPlan({ chunks: 40, gapMs: 100 })
    const caller = new AbortController()
    setTimeout(() => caller.abort(), 200)
    expect(await phaseOf(client.callLlm('cancelled', { signal: caller.signal }))).toBe('aborted')
  }, TEST_MS)
})
