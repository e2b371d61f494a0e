import { execFileSync } from 'node:child_process'
import { readFileSync, mkdtempSync, rmSync, readdirSync } from 'node:fs'
import { Agent as HttpAgent } from 'node:http'
import { createSecureServer } from 'node:http2'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import axios from 'axios'
import got from 'got'
import ky from 'ky'
import { Agent, fetch, interceptors, ProxyAgent, request, stream, WebSocket as UndiciWebSocket } from 'undici'
import { Writable } from 'node:stream'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { countingResolver, cachedAgent } from '../../../snippets/http-clients/advanced/dns-cache.ts'
import { loggingInterceptor } from '../../../snippets/http-clients/advanced/hooks.ts'
import { whoThrows } from '../../../snippets/http-clients/choosing-a-client/api-style.ts'
import { LIBS, MATRIX, negotiated } from '../../../snippets/http-clients/choosing-a-client/feature-matrix.ts'
import { countEvents, llmRequest } from '../../../snippets/http-clients/timeouts/llm-request.ts'
import { type FakeLlmServer, serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'

let vendor: FakeLlmServer | undefined
const startVendor = async () => (vendor = await serveFakeLlm())
afterEach(async () => {
  vi.useRealTimers()
  await vendor?.close()
  vendor = undefined
})

it('the matrix has a cell for every library in every row', () => {
  for (const row of Object.values(MATRIX)) expect(row).toHaveLength(LIBS.length)
})

describe('HTTP/2: each client negotiates h2 with a TLS loopback server when configured', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kit-h2-'))
  let server: ReturnType<typeof createSecureServer> | undefined
  const sessions = new Set<{ destroy: () => void }>()
  let url = ''
  let cert = ''
  beforeAll(async () => {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' })
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8')
    server = createSecureServer({ key: readFileSync(join(dir, 'key.pem')), cert, allowHTTP1: true },
      (req, res) => res.end(`HTTP/${req.httpVersion}`))
    server.on('session', session => sessions.add(session)) // got's h2 pool keeps its session open
    await new Promise<void>(resolve => server?.listen(0, '127.0.0.1', resolve))
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`
  })
  afterAll(async () => {
    for (const session of sessions) session.destroy()
    await new Promise<void>(resolve => server ? server.close(() => resolve()) : resolve())
    rmSync(dir, { recursive: true, force: true })
  })

  it.each(LIBS)('%s speaks HTTP/2.0 (%s)', async (lib) => {
    expect(await negotiated(lib, url, cert)).toBe('HTTP/2.0')
  })
})

it('WebSockets: Node\'s global client is undici\'s; got, axios and ky have none', () => {
  expect(typeof globalThis.WebSocket).toBe('function')
  expect(typeof UndiciWebSocket).toBe('function')
  for (const lib of [got, axios, ky]) expect('WebSocket' in lib).toBe(false)
})

it('DNS caching: undici\'s interceptor looks a name up once; got has dnsCache; axios and ky nothing', async () => {
  const { port } = await startVendor()
  const resolver = countingResolver()
  const agent = cachedAgent(resolver)
  for (let i = 0; i < 3; i++)
    await (await fetch(`http://vendor.test:${port}/health`, { dispatcher: agent, headers: { connection: 'close' } })).text()
  await agent.close()
  expect(resolver.calls()).toBe(1)
  expect(typeof got.extend({ dnsCache: true }).defaults.options.dnsCache?.lookup).toBe('function')
  expect('dnsCache' in axios.defaults).toBe(false)
})

describe('per-host limit: three concurrent slow calls, how many sockets reach the server', () => {
  const three = async (call: (url: string) => Promise<unknown>) => {
    const v = await startVendor()
    v.fake.setPlan({ latencyMs: 150 })
    await Promise.all([1, 2, 3].map(() => call(`${v.url}/v1/models`)))
    return v.stats.maxOpenSockets
  }
  it('undici connections: 1 -> one socket (fetch takes the same dispatcher)', async () => {
    const agent = new Agent({ allowH2: false, connections: 1 })
    expect(await three(async url => (await fetch(url, { dispatcher: agent })).text())).toBe(1)
    await agent.close()
  })
  it('http.Agent maxSockets: 1 -> one socket, for got and axios', async () => {
    const agent = new HttpAgent({ keepAlive: true, maxSockets: 1 })
    expect(await three(url => got(url, { agent: { http: agent } }).text())).toBe(1)
    await vendor?.close()
    expect(await three(url => axios.get(url, { httpAgent: agent }))).toBe(1)
    agent.destroy()
  })
  it('ky (global dispatcher, no limit of its own) -> one socket per call', async () => {
    expect(await three(url => ky(url).text())).toBe(3)
  })
})

it('phase timeouts: defaults are none (fetch, got, axios: 0) or one 10 s timer (ky)', async () => {
  expect(got.defaults.options.timeout).toEqual({})
  expect(axios.defaults.timeout).toBe(0)
  vi.useFakeTimers()
  const never = (_: unknown, init?: RequestInit) => new Promise<Response>((_, reject) =>
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
  const call = ky('http://127.0.0.1:9/never', { fetch: never, retry: 0 }).then(() => 'resolved', (e: unknown) => e instanceof Error ? e.name : 'other')
  await vi.advanceTimersByTimeAsync(9_999)
  await vi.advanceTimersByTimeAsync(2)
  expect(await call).toBe('TimeoutError')
})

it('throws on status: got, axios and ky throw; fetch does not; undici opts in', async () => {
  const v = await startVendor()
  v.fake.setPlan({ status: 404 })
  expect(Object.fromEntries(await whoThrows(`${v.url}/v1/models`))).toMatchObject({
    'fetch': 'resolved 404', 'undici.request': 'resolved 404', 'undici + responseError': 'threw ResponseError',
    'got': 'threw HTTPError', 'axios': 'threw AxiosError', 'ky': 'threw HTTPError',
  })
})

describe('default retries on GET 503 with Retry-After: 1 (503, 503, then 200)', () => {
  const flaky = async (id: string) => {
    const v = vendor ?? await startVendor()
    return { url: `${v.url}/v1/models`, headers: v.fake.scenario(id, { statuses: [503, 503, 200], retryAfter: 1, sequenceBy: 'scenario' }).headers }
  }
  const timed = async (work: () => Promise<unknown>) => {
    const t0 = performance.now()
    const outcome = await work().then(() => 'ok', (e: unknown) => e instanceof Error ? e.name : 'other')
    return { outcome, ms: performance.now() - t0 }
  }
  it('got and ky retry twice honouring Retry-After; undici\'s interceptor too; axios and fetch never', async () => {
    const cases = {
      got: async () => { const f = await flaky('got'); return await got(f.url, { headers: f.headers }).text() },
      ky: async () => { const f = await flaky('ky'); return await ky(f.url, { headers: f.headers }).text() },
      undici: async () => {
        const f = await flaky('undici')
        const agent = new Agent({ allowH2: false }).compose(interceptors.retry({ maxRetries: 2 }))
        try { return await (await request(f.url, { headers: f.headers, dispatcher: agent })).body.text() }
        finally { await agent.close() }
      },
      axios: async () => { const f = await flaky('axios'); return await axios.get(f.url, { headers: f.headers }) },
      fetch: async () => { const f = await flaky('fetch'); return (await fetch(f.url, { headers: f.headers })).status },
    }
    await startVendor()
    const results = Object.fromEntries(await Promise.all(Object.entries(cases).map(async ([k, run]) => [k, await timed(run)] as const)))
    const requests = (id: string) => vendor?.stats.forScenario(id).requests
    expect({ got: requests('got'), ky: requests('ky'), undici: requests('undici'), axios: requests('axios'), fetch: requests('fetch') })
      .toEqual({ got: 3, ky: 3, undici: 3, axios: 1, fetch: 1 })
    const retries = MATRIX['default retries']
    expect([retries[LIBS.indexOf('got')], retries[LIBS.indexOf('ky')]]).toEqual(['2', '2'])
    for (const lib of ['got', 'ky', 'undici']) {
      expect(results[lib]?.outcome).toBe('ok')
      expect(results[lib]?.ms).toBeGreaterThanOrEqual(1_900) // two waits of Retry-After: 1 s
      expect(results[lib]?.ms).toBeLessThan(20_000)
    }
    expect(results.axios?.outcome).toBe('AxiosError')
  })
  it('a POST is not retried by got or ky (not idempotent)', async () => {
    const v = await startVendor()
    const { headers } = v.fake.scenario('post', { status: 503, retryAfter: 0 })
    const req = llmRequest({})
    await expect(got.post(`${v.url}/v1/chat/completions`, { ...req, headers: { ...req.headers, ...headers } }).text()).rejects.toThrow(/503/)
    await expect(ky.post(`${v.url}/v1/chat/completions`, { ...req, headers: { ...req.headers, ...headers } }).text()).rejects.toThrow(/503/)
    expect(v.stats.forScenario('post').requests).toBe(2)
  })
})

it('hooks: got hooks, axios interceptors, ky hooks and undici interceptors all see the request', async () => {
  const v = await startVendor()
  const url = `${v.url}/v1/models`
  await got(url, { hooks: { beforeRequest: [(o) => { o.headers['x-client-id'] = 'got' }] } }).text()
  const ax = axios.create()
  ax.interceptors.request.use((c) => { c.headers.set('x-client-id', 'axios'); return c })
  await ax.get(url)
  await ky(url, { hooks: { beforeRequest: [({ request: r }) => { r.headers.set('x-client-id', 'ky') }] } }).text()
  expect(v.stats.log.map(r => r.client)).toEqual(['got', 'axios', 'ky'])
  const seen: string[] = []
  const agent = new Agent({ allowH2: false }).compose(loggingInterceptor((fields, msg) => seen.push(msg)))
  await (await fetch(url, { dispatcher: agent })).text()
  await agent.close()
  expect(seen.length).toBeGreaterThan(0)
})

it('proxy: undici ProxyAgent (fetch, ky through it), axios `proxy`; got only through an agent', () => {
  expect(typeof ProxyAgent).toBe('function')
  expect('proxy' in got.defaults.options).toBe(false)
  expect(axios.getUri({ url: 'http://x.test/', proxy: { host: '127.0.0.1', port: 8080 } })).toBe('http://x.test/')
})

it('streaming: every client reads an SSE stream chunk by chunk (4 events)', async () => {
  const v = await startVendor()
  const url = `${v.url}/v1/chat/completions`
  const req = llmRequest({ stream: true, faults: { chunks: 3 } })
  const texts: Record<string, string> = {}
  const collect = async (name: string, chunks: AsyncIterable<Uint8Array | string>) => {
    let text = ''
    for await (const c of chunks) text += typeof c === 'string' ? c : Buffer.from(c).toString()
    texts[name] = text
  }
  const chunksOf = async function* (body: ReadableStream<Uint8Array> | null) {
    const reader = body?.getReader()
    for (let r = await reader?.read(); r && !r.done; r = await reader?.read()) yield r.value
  }
  await collect('fetch', chunksOf((await globalThis.fetch(url, req)).body))
  await collect('got', got.stream.post(url, req))
  await collect('axios', (await axios.post<AsyncIterable<Uint8Array>>(url, req.body, { headers: req.headers, responseType: 'stream' })).data)
  await collect('ky', chunksOf((await ky.post(url, req)).body))
  let undiciText = ''
  await stream(url, { ...req, opaque: null }, () => new Writable({ write(c, _, cb) { undiciText += String(c); cb() } }))
  texts.undici = undiciText
  expect(Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, countEvents(t)])))
    .toEqual({ fetch: 4, got: 4, axios: 4, ky: 4, undici: 4 })
})

it('browsers: axios and ky ship browser builds; got and undici import Node\'s core modules', () => {
  const pkg = (name: string) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as Record<string, unknown>
  expect(pkg('axios').browser).toBeDefined()
  const kyFiles = readdirSync('node_modules/ky/distribution', { recursive: true }).map(String).filter(f => f.endsWith('.js'))
  expect(kyFiles.some(f => readFileSync(`node_modules/ky/distribution/${f}`, 'utf8').includes('node:'))).toBe(false)
  expect(readFileSync('node_modules/got/dist/source/core/index.js', 'utf8')).toMatch(/from 'node:http'/)
  expect(readFileSync('node_modules/undici/lib/core/connect.js', 'utf8')).toMatch(/require\('node:net'\)/)
})
