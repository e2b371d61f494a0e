import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { withRequestContext } from '../../../../snippets/core-concepts/structured-logging/request-context.ts'
import { HttpClientError } from '../../../../snippets/http-clients/advanced/error-taxonomy.ts'
import { HttpStatusError } from '../../../../snippets/http-clients/advanced/retry-app.ts'
import { chatRequest } from '../../../../snippets/http-clients/mental-model/agent.ts'
import { FAULTS_HEADER } from '../../../../snippets/shared/fake-llm/app.ts'
import type { FaultPlan } from '../../../../snippets/shared/fake-llm/app.ts'
import { serveFakeLlm } from '../../../../snippets/shared/fake-llm/server.ts'
import type { FakeLlmServer } from '../../../../snippets/shared/fake-llm/server.ts'
import { createProductionClient } from './production-client.ts'
import type { ProductionClient } from './production-client.ts'

interface Echo { url: string, headers: Record<string, string> }
type Line = { msg: string } & Record<string, unknown>

describe('createProductionClient', () => {
  let echo: Server
  let vendor: FakeLlmServer | undefined
  const clients: ProductionClient[] = []
  const lines: Line[] = []
  beforeEach(async () => {
    // /v1/echo answers what it received; /v1/status/<n> answers that status
    echo = createServer((req, res) => {
      const status = /\/status\/(\d+)$/.exec(req.url ?? '')?.[1]
      res.statusCode = status ? Number(status) : 200
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ url: req.url, headers: req.headers }))
    })
    await new Promise<void>(resolve => echo.listen(0, '127.0.0.1', resolve))
  })
  afterEach(async () => {
    await Promise.all(clients.splice(0).map(c => c.close()))
    await vendor?.close()
    vendor = undefined
    lines.length = 0
    await new Promise<void>((resolve) => { echo.close(() => resolve()); echo.closeAllConnections() })
  })
  const echoBase = () => `http://127.0.0.1:${(echo.address() as AddressInfo).port}/v1`
  const client = (baseUrl: string, extra: Partial<Parameters<typeof createProductionClient>[0]> = {}) => {
    const c = createProductionClient({ baseUrl, logger: { debug: (f, msg) => void lines.push({ msg, ...f }) },
      headers: { 'user-agent': 'MyApp/1.0', 'authorization': 'Bearer sk-SECRET-42' }, ...extra })
    clients.push(c)
    return c
  }
  const faulted = (faults: FaultPlan) => {
    const init = chatRequest('hi')
    return { ...init, headers: { 'content-type': 'application/json', [FAULTS_HEADER]: JSON.stringify(faults) } }
  }
  const failure = async (p: Promise<unknown>) => {
    const err = await p.then(() => undefined, (e: unknown) => e)
    expect(err).toBeInstanceOf(HttpClientError)
    return err as HttpClientError
  }

  it('joins the base URL with its path prefix', async () => {
    const answer = await client(echoBase()).request('/echo') as Echo
    expect(answer.url).toBe('/v1/echo')
  })

  it('sends the default headers on every call, plus the caller\'s', async () => {
    const c = client(echoBase())
    for (let i = 0; i < 2; i++) {
      const { headers } = await c.request('/echo', { headers: { 'x-extra': `${i}` } }) as Echo
      expect(headers).toMatchObject({ 'user-agent': 'MyApp/1.0', 'authorization': 'Bearer sk-SECRET-42', 'x-extra': `${i}` })
    }
  })

  it('propagates X-Request-ID from the request context', async () => {
    const c = client(echoBase())
    const inside = await withRequestContext({ request_id: 'req-9' }, () => c.request('/echo')) as Echo
    expect(inside.headers['x-request-id']).toBe('req-9')
    const outside = await c.request('/echo') as Echo
    expect(outside.headers['x-request-id']).toMatch(/\S{8,}/)
  })

  it('turns 4xx/5xx into status errors caused by HttpStatusError', async () => {
    const c = client(echoBase())
    for (const status of [404, 503]) {
      const err = await failure(c.request(`/status/${status}`))
      expect([err.category, err.kind]).toEqual(['status', `http-${status}`])
      expect(err.cause).toBeInstanceOf(HttpStatusError)
    }
  })

  it('classifies timeouts by phase: headers and body', async () => {
    vendor = await serveFakeLlm({ seed: 4 })
    const c = client(`${vendor.url}/v1`, { timeouts: { headersMs: 300, bodyMs: 300 } })
    const [headers, body] = await Promise.all([
      failure(c.request('/chat/completions', faulted({ latencyMs: 3000 }))),
      failure(c.request('/chat/completions', faulted({ bodyStallAfterBytes: 10 }))),
    ])
    expect([headers.category, headers.kind]).toEqual(['timeout', 'headers'])
    expect([body.category, body.kind]).toEqual(['timeout', 'body'])
  }, 15_000)

  it('logs one request and one response line per call, never headers or the API key', async () => {
    await client(echoBase()).request('/echo')
    expect(lines.map(l => l.msg)).toEqual(['http_request', 'http_response'])
    expect(lines[1]).toMatchObject({ status: 200 })
    expect(JSON.stringify(lines)).not.toMatch(/SECRET|authorization/i)
  })

  it('close() lets in-flight calls finish, refuses new ones and closes every socket', async () => {
    vendor = await serveFakeLlm({ seed: 4 })
    const c = client(`${vendor.url}/v1`)
    const inFlight = c.request('/chat/completions', faulted({ latencyMs: 300 }))
    await expect.poll(() => vendor!.stats.inFlight).toBe(1)
    const closing = c.close()
    await expect(inFlight).resolves.toMatchObject({ object: 'chat.completion' })
    await closing
    await expect(c.request('/chat/completions', chatRequest('again'))).rejects.toThrow(/closed/)
    await expect.poll(() => vendor!.stats.openSockets, { timeout: 5_000 }).toBe(0)
    expect(vendor.stats.requests).toBe(1)
  })
})
