import { Hono } from 'hono'
import type { Pool } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { localQueuePhase } from '../../../snippets/safe-api-calls/call-patterns/callLlm.ts'
import { productionCall, requestId } from '../../../snippets/safe-api-calls/call-patterns/productionCall.ts'
import { undiciTransport } from '../../../snippets/safe-api-calls/call-patterns/vendorTransport.ts'
import { Semaphore } from '../../../snippets/safe-api-calls/core-concepts/semaphore.ts'
import { TokenBucket } from '../../../snippets/safe-api-calls/core-concepts/tokenBucket.ts'
import { createVendorPool, productionTransport } from '../../../snippets/safe-api-calls/core-concepts/vendorPool.ts'
import { memoryDestination } from '../../../snippets/core-concepts/logging/capture.ts'
import { redactOptions } from '../../../snippets/core-concepts/structured-logging/redact.ts'
import { createContextLogger } from '../../../snippets/core-concepts/structured-logging/request-context.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'

const SECRET = 'sk-live-do-not-log-0123456789'
let server: FakeLlmServer
let pool: Pool

beforeEach(async () => {
  server = await serveFakeLlm({ plan: { statuses: [503, 200] } })
  pool = createVendorPool({ ...productionTransport(server.url), connections: 2 })
})
afterEach(async () => {
  await pool.close()
  await server.close()
})

function appWithLogs() {
  const out = memoryDestination()
  const logger = createContextLogger(out, { redact: redactOptions, base: undefined, timestamp: false })
  const deps = {
    transport: undiciTransport(pool),
    url: `${server.url}/v1/chat/completions`,
    queue: localQueuePhase(new TokenBucket({ ratePerSec: 100, burst: 10 }), new Semaphore(2), 1_000),
    callMs: 1_000,
    backoff: { baseMs: 20, capMs: 100 },
    headers: { authorization: `Bearer ${SECRET}` },
  }
  const app = new Hono().use(requestId()).post('/chat', async (c) => {
    const res = await productionCall({ messages: [{ role: 'user', content: 'hi' }] }, deps, logger, c.req.raw.signal)
    return c.json({ content: res.content, attempts: res.attempts })
  })
  return { app, out }
}

describe('productionCall: every attempt traced, one request id end to end', () => {
  it('logs the events in order for a 503 then 200, each line with request_id, attempt lines with attempt', async () => {
    const { app, out } = appWithLogs()
    const res = await app.request('/chat', { method: 'POST', headers: { 'x-request-id': 'req-42' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-request-id')).toBe('req-42')
    const records = out.records()
    expect(records.map(r => r.event)).toEqual([
      'acquiring_rate_token', 'acquiring_permit', 'calling_vendor', 'vendor_http_error', 'retrying',
      'acquiring_rate_token', 'acquiring_permit', 'calling_vendor', 'vendor_success',
    ])
    expect(records.every(r => r.request_id === 'req-42')).toBe(true)
    expect(records.map(r => r.attempt)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1])
    expect(records[3]).toMatchObject({ status: 503, level: 40 })
    expect(records[4]!.wait_ms).toEqual(expect.any(Number))
    expect(records[8]).toMatchObject({ status: 200 })
  })

  it('the vendor saw the same X-Request-ID on both attempts', async () => {
    const { app } = appWithLogs()
    await app.request('/chat', { method: 'POST', headers: { 'x-request-id': 'req-43' } })
    expect(server.stats.log.map(r => [r.requestId, r.attempt])).toEqual([['req-43', '1'], ['req-43', '2']])
  })

  it('makes an id when the caller sends none (or sends garbage), and never logs the credential', async () => {
    const { app, out } = appWithLogs()
    const res = await app.request('/chat', { method: 'POST', headers: { 'x-request-id': 'bad id {"inject":1}' } })
    const id = res.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(out.records().every(r => r.request_id === id)).toBe(true)
    const text = out.lines().join('\n')
    expect(text).not.toContain(SECRET)
    expect(text).toContain('[REDACTED]') // the header was there, and was censored
  })
})
