import { Agent } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { errorPhase } from '../../../snippets/http-clients/timeouts/classify-errors.ts'
import { viaFetch, viaRequest } from '../../../snippets/http-clients/timeouts/fetch-vs-request.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import { failure } from '../../support/timing.ts'
import { latest } from './timing.ts'

describe('one policy, two front doors (agent: headers 300 ms, body 300 ms)', () => {
  let server: FakeLlmServer | undefined
  let agent: Agent | undefined
  afterEach(async () => {
    await agent?.destroy()
    await server?.close()
    server = agent = undefined
  })
  const setup = async (headersTimeout = 300) => {
    server = await serveFakeLlm()
    agent = new Agent({ allowH2: false, connect: { timeout: 1000 }, headersTimeout, bodyTimeout: 300 })
    return { url: server.url, agent }
  }

  it('a slow first byte: both classify as headers (fetch wraps it, request does not)', async () => {
    const v = await setup()
    const slow = { latencyMs: 3000 }
    const [f, r] = await Promise.all([
      failure(() => viaFetch(v.agent, v.url, slow)),
      failure(() => viaRequest(v.agent, v.url, slow)),
    ])
    expect(f.err).toMatchObject({ name: 'TypeError', cause: { code: 'UND_ERR_HEADERS_TIMEOUT' } })
    expect(r.err).toMatchObject({ name: 'HeadersTimeoutError', code: 'UND_ERR_HEADERS_TIMEOUT' })
    expect([errorPhase(f.err), errorPhase(r.err)]).toEqual(['headers', 'headers'])
  })

  it('a body stall: both classify as body', async () => {
    const v = await setup()
    const stall = { chunks: 10, gapMs: 50, stallAfterChunks: 2 }
    const [f, r] = await Promise.all([
      failure(() => viaFetch(v.agent, v.url, stall)),
      failure(() => viaRequest(v.agent, v.url, stall)),
    ])
    expect(r.err).toMatchObject({ code: 'UND_ERR_BODY_TIMEOUT' })
    expect([errorPhase(f.err), errorPhase(r.err)]).toEqual(['body', 'body'])
  })

  it('per-call overrides beat the agent: a longer headersTimeout lets a 2.5 s first byte through', async () => {
    const v = await setup(300) // fires within about 1 s (wheel): far below 2.5 s
    const slow = { latencyMs: 2500 }
    const [text, agentOnly] = await Promise.all([
      viaRequest(v.agent, v.url, slow, { headersTimeout: 5000 }),
      failure(() => viaFetch(v.agent, v.url, slow)),
    ])
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true)
    expect(errorPhase(agentOnly.err)).toBe('headers')
  })

  it('per-call overrides beat the agent: a shorter headersTimeout fails where the agent would wait', async () => {
    const v = await setup(5000)
    const { err, ms } = await failure(() => viaRequest(v.agent, v.url, { latencyMs: 3000 }, { headersTimeout: 300 }))
    expect(errorPhase(err)).toBe('headers')
    expect(ms).toBeLessThan(latest(300))
  })

  it('both honour a signal for the total', async () => {
    const v = await setup()
    const steady = { chunks: 30, gapMs: 100 }
    const [f, r] = await Promise.all([
      failure(() => viaFetch(v.agent, v.url, steady, AbortSignal.timeout(400))),
      failure(() => viaRequest(v.agent, v.url, steady, {}, AbortSignal.timeout(400))),
    ])
    expect([errorPhase(f.err), errorPhase(r.err)]).toEqual(['deadline', 'deadline'])
  })
})
