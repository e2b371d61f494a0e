import { afterEach, describe, expect, it } from 'vitest'
import { withRequestContext } from '../../../snippets/core-concepts/structured-logging/request-context.ts'
import { HttpClientError } from '../../../snippets/http-clients/advanced/error-taxonomy.ts'
import { ClientClosedError, createProductionClient, handleChat, startLlmClient } from '../../../snippets/http-clients/advanced/production-client.ts'
import type { ProductionClient } from '../../../snippets/http-clients/advanced/production-client.ts'
import { QueueTimeoutError } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'
import { serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import type { FakeLlmServer } from '../../../snippets/shared/fake-llm/server.ts'
import { chatRequest } from '../../../snippets/http-clients/mental-model/agent.ts'

type Line = { level: string, msg: string } & Record<string, unknown>

describe('the composed production client against the fake LLM', () => {
  let vendor: FakeLlmServer | undefined
  const clients: ProductionClient[] = []
  afterEach(async () => {
    await Promise.all(clients.splice(0).map(c => c.close()))
    await vendor?.close()
    vendor = undefined
  })
  const logger = (lines: Line[]) => ({
    debug: (f: Record<string, unknown>, msg: string) => void lines.push({ level: 'debug', msg, ...f }),
    warn: (f: Record<string, unknown>, msg: string) => void lines.push({ level: 'warn', msg, ...f }),
  })
  const track = (c: ProductionClient) => { clients.push(c); return c }

  it('success path: JSON back, X-Request-ID forwarded from the request context, redacted logs', async () => {
    vendor = await serveFakeLlm({ seed: 2 })
    const lines: Line[] = []
    const llm = track(startLlmClient(vendor.url, logger(lines), 'sk-SECRET'))
    const answer = await handleChat(llm, 'req-42', 'hi') as { object: string }
    expect(answer.object).toBe('chat.completion')
    expect(vendor.stats.log.map(r => r.requestId)).toEqual(['req-42'])
    expect(lines.map(l => l.msg)).toEqual(['http_request', 'http_response'])
    expect(JSON.stringify(lines)).not.toContain('SECRET')
  })

  it('a 503 is an HttpClientError status/http-503 logged with request id and attempt; the retry succeeds', async () => {
    vendor = await serveFakeLlm({ seed: 2, plan: { statuses: [503, 200], sequenceBy: 'scenario' } })
    const lines: Line[] = []
    const llm = track(startLlmClient(vendor.url, logger(lines), 'k'))
    const first = await withRequestContext({ request_id: 'r1' },
      () => llm.request('/chat/completions', chatRequest('hi'))).catch((e: unknown) => e)
    expect(first).toBeInstanceOf(HttpClientError)
    expect((first as HttpClientError).kind).toBe('http-503')
    expect(lines.filter(l => l.level === 'warn')).toEqual([expect.objectContaining({ category: 'status', requestId: 'r1', attempt: 1 })])
    await expect(withRequestContext({ request_id: 'r1' },
      () => llm.request('/chat/completions', { ...chatRequest('hi'), attempt: 2 }))).resolves.toBeDefined()
  })

  it('under saturation the queue deadline fires: timeout/pool caused by QueueTimeoutError', async () => {
    vendor = await serveFakeLlm({ seed: 2, plan: { latencyMs: 1500 } })
    const llm = track(createProductionClient({ baseUrl: `${vendor.url}/v1`, logger: logger([]), connections: 1, queueTimeoutMs: 100 }))
    const [a, b] = await Promise.allSettled([handleChat(llm, 'a', 'x'), handleChat(llm, 'b', 'x')])
    expect(a.status).toBe('fulfilled')
    const reason = b.status === 'rejected' ? b.reason as HttpClientError : undefined
    expect([reason?.category, reason?.kind]).toEqual(['timeout', 'pool'])
    expect(reason?.cause).toBeInstanceOf(QueueTimeoutError)
    expect(vendor.stats.requests).toBe(1) // the rejected call never reached the vendor
  }, 15_000)

  it('after close() calls reject and the vendor sees no open sockets', async () => {
    vendor = await serveFakeLlm({ seed: 2 })
    const llm = startLlmClient(vendor.url, logger([]), 'k')
    await handleChat(llm, 'x', 'hi')
    expect(vendor.stats.openSockets).toBeGreaterThan(0)
    await llm.close()
    await expect(handleChat(llm, 'y', 'hi')).rejects.toBeInstanceOf(ClientClosedError)
    await expect.poll(() => vendor!.stats.openSockets, { timeout: 5_000 }).toBe(0)
  })
})
