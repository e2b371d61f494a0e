// The fake LLM over real sockets, observed by a real client (undici), with real time.
import { afterEach, describe, expect, it } from 'vitest'
import { Agent, fetch, Pool } from 'undici'
import { serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import type { FakeLlmServer } from '../../../snippets/shared/fake-llm/server.ts'

const BODY = JSON.stringify({ messages: [{ role: 'user', content: 'hello' }] })
const cleanups: Array<() => Promise<void>> = []

async function serve(...args: Parameters<typeof serveFakeLlm>): Promise<FakeLlmServer> {
  const server = await serveFakeLlm(...args)
  cleanups.push(() => server.close())
  return server
}

function dispatcher(connections?: number): Pool | Agent {
  const agent = new Agent(connections === undefined ? {} : { connections })
  cleanups.push(() => agent.close())
  return agent
}

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse())
    await cleanup()
})

function post(server: FakeLlmServer, headers: Record<string, string> = {}, init: { dispatcher?: Agent | Pool, signal?: AbortSignal, body?: string } = {}) {
  return fetch(`${server.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: init.body ?? BODY,
    ...(init.dispatcher ? { dispatcher: init.dispatcher } : {}),
    ...(init.signal ? { signal: init.signal } : {}),
  })
}

describe('serveFakeLlm', () => {
  it('serves on 127.0.0.1 with an ephemeral port and answers JSON after the latency', async () => {
    const server = await serve({ plan: { latencyMs: 150 } })
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    await (await post(server)).arrayBuffer() // warm the connection: time only the latency
    const started = performance.now()
    // A plain 150 ms timer beside the call: how late timers run on this machine right now.
    const control = new Promise<number>(resolve => setTimeout(() => resolve(performance.now() - started), 150))
    const res = await post(server)
    expect(performance.now() - started).toBeGreaterThanOrEqual(148)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ object: 'chat.completion' })
    const record = server.stats.log[1]
    const serverLatency = (record?.headersAt ?? Number.NaN) - (record?.at ?? Number.NaN)
    expect(serverLatency).toBeGreaterThanOrEqual(149)
    expect(serverLatency).toBeLessThan(await control + 50)
    expect(server.stats.log.map(r => r.outcome)).toEqual(['completed', 'completed'])
    expect(server.stats).toBe(server.fake.stats)
  })

  it('maxInFlight and maxOpenSockets are exact under a 10-connection cap', async () => {
    const server = await serve({ plan: { latencyMs: 250 } })
    const pool = dispatcher(10)
    const results = await Promise.all(Array.from({ length: 20 }, () => post(server, {}, { dispatcher: pool }).then(r => r.status)))
    expect(results.every(s => s === 200)).toBe(true)
    expect(server.stats.maxInFlight).toBe(10)
    expect(server.stats.maxOpenSockets).toBe(10)
    expect(server.stats.socketsOpened).toBe(10)
    expect(server.stats.inFlight).toBe(0)
  })

  it('the concurrency ceiling answers 429 to real concurrent clients', async () => {
    const server = await serve()
    const { headers } = server.fake.scenario('cap', { latencyMs: 400, maxConcurrent: 5, retryAfter: 1 })
    const responses = await Promise.all(Array.from({ length: 12 }, () => post(server, headers)))
    const statuses = responses.map(r => r.status)
    expect(statuses.filter(s => s === 200)).toHaveLength(5)
    expect(statuses.filter(s => s === 429)).toHaveLength(7)
    expect(responses.find(r => r.status === 429)?.headers.get('retry-after')).toBe('1')
    await Promise.all(responses.map(r => r.arrayBuffer()))
    expect(server.stats.maxInFlight).toBe(5)
  })

  it('plays a 503, 503, 200 burst and logs X-Request-ID and the attempt header', async () => {
    const server = await serve()
    const { headers } = server.fake.scenario('burst', { statuses: [503, 503, 200], retryAfterMs: 20 })
    const statuses = []
    for (let attempt = 1; attempt <= 3; attempt++) {
      const res = await post(server, { ...headers, 'x-request-id': 'req-1', 'x-attempt': String(attempt) })
      statuses.push(res.status)
      await res.arrayBuffer()
    }
    expect(statuses).toEqual([503, 503, 200])
    expect(server.stats.log.map(r => [r.requestId, r.attempt, r.scenario, r.status])).toEqual([
      ['req-1', '1', 'burst', 503], ['req-1', '2', 'burst', 503], ['req-1', '3', 'burst', 200],
    ])
  })

  it('close() ends every socket, even ones held by a pending request', async () => {
    const server = await serveFakeLlm({ plan: { latencyMs: 10_000 } })
    const pending = post(server).catch((e: unknown) => e)
    await expect.poll(() => server.stats.inFlight).toBe(1)
    expect(server.stats.openSockets).toBe(1)
    await server.close()
    expect(server.stats.openSockets).toBe(0)
    expect(server.stats.inFlight).toBe(0)
    expect(await pending).toBeInstanceOf(TypeError)
  })
})
