import { describe, expect, it } from 'vitest'
import {
  agentOptions, fastApi, fileUpload, llmService, profiledAgent, streamingResponses,
} from '../../../snippets/http-clients/timeouts/timeout-profiles.ts'
import type { TimeoutProfile } from '../../../snippets/http-clients/timeouts/timeout-profiles.ts'

const s = (n: number) => n * 1000
// The spec's profile table (slides 19-22): connect, pool, headers, body, and the deadline.
const table: [string, TimeoutProfile, [number, number, number, number]][] = [
  ['fast API', fastApi, [s(5), s(5), s(10), s(10)]],
  ['LLM service', llmService, [s(5), s(5), s(60), s(60)]],
  ['file upload', fileUpload, [s(5), s(10), s(30), s(30)]],
  ['streaming', streamingResponses, [s(5), s(5), s(30), s(30)]],
]
const NODE_DEFAULTS = { connect: s(10), headers: s(300), body: s(300) }

describe('timeout profiles', () => {
  it.each(table)('%s: every phase has the table\'s number', (_name, p, [connect, pool, headers, body]) => {
    expect([p.connectTimeoutMs, p.poolAcquireMs, p.headersTimeoutMs, p.bodyTimeoutMs]).toEqual([connect, pool, headers, body])
  })

  it('deadlines: fast API 15-30 s, LLM within the product budget, upload >= 120 s + response, streaming generous', () => {
    expect(fastApi.deadlineMs).toBeGreaterThanOrEqual(s(15))
    expect(fastApi.deadlineMs).toBeLessThanOrEqual(s(30))
    expect(llmService.deadlineMs).toBeGreaterThan(llmService.headersTimeoutMs)
    expect(fileUpload.deadlineMs).toBeGreaterThanOrEqual(s(120) + fileUpload.headersTimeoutMs)
    expect(streamingResponses.deadlineMs).toBeGreaterThanOrEqual(s(300))
  })

  it.each(table)('%s: no undici timer left at Node\'s default, connect fails fastest', (_name, p) => {
    const o = agentOptions(p, { connections: 10, allowH2: false })
    const connect = typeof o.connect === 'object' ? o.connect.timeout : undefined
    expect(connect).toBe(p.connectTimeoutMs)
    expect(connect).not.toBe(NODE_DEFAULTS.connect)
    expect(o.headersTimeout).toBe(p.headersTimeoutMs)
    expect(o.headersTimeout).not.toBe(NODE_DEFAULTS.headers)
    expect(o.bodyTimeout).toBe(p.bodyTimeoutMs)
    expect(o.bodyTimeout).not.toBe(NODE_DEFAULTS.body)
    expect(o).toMatchObject({ connections: 10, allowH2: false, keepAliveTimeout: 4000 })
    expect(p.connectTimeoutMs).toBeLessThan(p.headersTimeoutMs)
  })

  it('builds a real agent that closes cleanly', async () => {
    const agent = profiledAgent(llmService, { connections: 2, allowH2: false })
    expect(agent.closed).toBe(false)
    await agent.close()
    expect(agent.closed).toBe(true)
  })
})
