// In-process behaviour of the fake LLM app: app.request() only, no sockets.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFakeLlm, FakeSocketError } from '../../../snippets/shared/fake-llm/app.ts'
import type { FakeLlm } from '../../../snippets/shared/fake-llm/app.ts'

const CHAT = '/v1/chat/completions'

async function chat(fake: FakeLlm, headers: Record<string, string> = {}, body: Record<string, unknown> = {}, signal?: AbortSignal): Promise<Response> {
  return await fake.app.request(CHAT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'hello' }], ...body }),
    ...(signal ? { signal } : {}),
  })
}

afterEach(() => {
  vi.useRealTimers()
})

describe('browser safety', () => {
  it('app.ts and plan.ts import only hono, zod and each other (no node:* modules)', () => {
    const specifiers = ['app.ts', 'plan.ts'].flatMap((file) => {
      const source = readFileSync(new URL(`../../../snippets/shared/fake-llm/${file}`, import.meta.url), 'utf8')
      return [...source.matchAll(/^(?:import|export)\b[^'"]*?from '([^']+)'/gm)].map(m => m[1])
    })
    expect(new Set(specifiers)).toEqual(new Set(['hono', 'zod', './plan.ts']))
  })
})

describe('endpoints', () => {
  it('answers an OpenAI-style chat completion without a server', async () => {
    const fake = createFakeLlm()
    const res = await chat(fake)
    expect(res.status).toBe(200)
    const json = await res.json()
    expect(json).toMatchObject({ object: 'chat.completion', model: 'fake-llm-1', choices: [{ index: 0, message: { role: 'assistant' }, finish_reason: 'stop' }] })
    expect(json.choices[0].message.content.split(' ')).toHaveLength(8)
    expect(fake.stats.requests).toBe(1)
    expect(fake.stats.log[0]).toMatchObject({ seq: 1, path: CHAT, method: 'POST', status: 200, outcome: 'completed' })
  })

  it('lists models and reports health', async () => {
    const fake = createFakeLlm({ model: 'gpt-fake' })
    const models = await (await fake.app.request('/v1/models')).json()
    expect(models).toMatchObject({ object: 'list', data: [{ id: 'gpt-fake', object: 'model' }] })
    expect(await (await fake.app.request('/health')).json()).toEqual({ status: 'ok' })
  })

  it('refuses a body without messages, an unknown scenario and a bad x-fake-faults header with 400', async () => {
    const fake = createFakeLlm()
    const noMessages = await fake.app.request(CHAT, { method: 'POST', body: '{"prompt":"x"}' })
    expect(noMessages.status).toBe(400)
    const unknown = await chat(fake, { 'x-fake-scenario': 'nope' })
    expect(unknown.status).toBe(400)
    expect((await unknown.json()).error.message).toContain('unknown scenario "nope"')
    const typo = await chat(fake, { 'x-fake-faults': '{"statuss":[503]}' })
    expect(typo.status).toBe(400)
    expect((await typo.json()).error.message).toMatch(/x-fake-faults: .*statuss/)
    expect(fake.stats.inFlight).toBe(0)
  })
})

describe('scripted statuses and error rates', () => {
  it('plays a status sequence in order per X-Request-ID, then the plan status', async () => {
    const fake = createFakeLlm()
    const { headers } = fake.scenario('burst', { statuses: [503, 503, 200] })
    const a = []
    for (let i = 0; i < 4; i++)
      a.push((await chat(fake, { ...headers, 'x-request-id': 'A', 'x-attempt': String(i + 1) })).status)
    const b = (await chat(fake, { ...headers, 'x-request-id': 'B' })).status
    expect(a).toEqual([503, 503, 200, 200])
    expect(b).toBe(503) // a new request id starts its own sequence
    expect(fake.stats.log.map(r => r.attempt)).toEqual(['1', '2', '3', '4', undefined])
    expect(fake.stats.forScenario('burst').requests).toBe(5)
  })

  it('scripts 4xx codes and per-step knobs, scenario-wide when asked', async () => {
    const fake = createFakeLlm()
    const { headers } = fake.scenario('s', { sequenceBy: 'scenario', statuses: [400, 401, 422], steps: [{}, {}, {}, { status: 418 }] })
    const got = []
    for (let i = 0; i < 5; i++)
      got.push((await chat(fake, { ...headers, 'x-request-id': `r${i}` })).status)
    expect(got).toEqual([400, 401, 422, 418, 200])
    const body = await (await chat(fake, { 'x-fake-faults': '{"status":401}' })).json()
    expect(body.error).toMatchObject({ type: 'invalid_request_error', code: 'status' })
  })

  it('answers persistent errors and bursts', async () => {
    const fake = createFakeLlm({ plan: { burst: { every: 5, length: 2, status: 502 } } })
    const got = []
    for (let i = 0; i < 10; i++)
      got.push((await chat(fake)).status)
    expect(got).toEqual([502, 502, 200, 200, 200, 502, 502, 200, 200, 200])
    fake.setPlan({ status: 500 })
    expect((await chat(fake)).status).toBe(500)
  })

  it('is deterministic under a seed: same error pattern and content, different for another seed', async () => {
    const run = async (seed: number) => {
      const fake = createFakeLlm({ seed, plan: { errorRate: 0.5, errorStatus: 503 } })
      const statuses = []
      for (let i = 0; i < 20; i++)
        statuses.push((await chat(fake)).status)
      fake.setPlan({})
      const content = (await (await chat(fake)).json()).choices[0].message.content
      return { statuses: statuses.join(','), content }
    }
    const first = await run(42)
    expect(await run(42)).toEqual(first)
    const other = await run(43)
    expect(other.statuses).not.toBe(first.statuses)
    expect(first.statuses).toContain('503')
    expect(first.statuses).toContain('200')
  })

  it('reset() rewinds sequences and randomness', async () => {
    const fake = createFakeLlm({ seed: 5 })
    const { headers } = fake.scenario('s', { statuses: [503, 200], errorRate: 0 })
    expect((await chat(fake, headers)).status).toBe(503)
    fake.reset()
    expect(fake.stats.requests).toBe(0)
    expect((await chat(fake, headers)).status).toBe(503)
  })
})

describe('Retry-After', () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0, 250)

  it('sends integer seconds, an HTTP date, retry-after-ms, or nothing', async () => {
    const fake = createFakeLlm({ now: () => now })
    const seconds = await chat(fake, { 'x-fake-faults': '{"status":429,"retryAfter":2}' })
    expect(seconds.headers.get('retry-after')).toBe('2')
    expect(seconds.headers.get('retry-after-ms')).toBeNull()
    const date = await chat(fake, { 'x-fake-faults': '{"status":503,"retryAfter":{"seconds":30,"format":"http-date"}}' })
    const advised = Date.parse(date.headers.get('retry-after') ?? '')
    expect(advised - now).toBeGreaterThanOrEqual(30_000)
    expect(advised - now).toBeLessThan(31_000)
    const ms = await chat(fake, { 'x-fake-faults': '{"status":429,"retryAfter":1,"retryAfterMs":150}' })
    expect(ms.headers.get('retry-after')).toBe('1')
    expect(ms.headers.get('retry-after-ms')).toBe('150')
    const absent = await chat(fake, { 'x-fake-faults': '{"status":429}' })
    expect(absent.status).toBe(429)
    expect(absent.headers.has('retry-after')).toBe(false)
    expect((await absent.json()).error.type).toBe('rate_limit_exceeded')
  })

  it('a sliding-window rate limit answers 429 with the time until a slot frees', async () => {
    let t = 1_000_000
    const fake = createFakeLlm({ now: () => t })
    const { headers } = fake.scenario('quota', { rateLimit: { limit: 2, windowMs: 1000 } })
    expect((await chat(fake, headers)).status).toBe(200)
    t += 400
    expect((await chat(fake, headers)).status).toBe(200)
    const limited = await chat(fake, headers)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after-ms')).toBe('600')
    expect(limited.headers.get('retry-after')).toBe('1')
    t += 600
    expect((await chat(fake, headers)).status).toBe(200)
    expect(fake.stats.rejected).toBe(1)
  })
})

describe('latency and concurrency', () => {
  it('waits the fixed latency before answering (fake timers)', async () => {
    vi.useFakeTimers()
    const fake = createFakeLlm({ plan: { latencyMs: 1000 } })
    let done = false
    const pending = chat(fake).then((res) => {
      done = true
      return res
    })
    await vi.advanceTimersByTimeAsync(999)
    expect(done).toBe(false)
    expect(fake.stats.inFlight).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    expect((await pending).status).toBe(200)
    expect(fake.stats.inFlight).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('the concurrency ceiling answers 429 at once and maxInFlight is exact', async () => {
    vi.useFakeTimers()
    const fake = createFakeLlm()
    const { headers } = fake.scenario('cap', { latencyMs: 100, maxConcurrent: 3, retryAfterMs: 50 })
    const pending = Array.from({ length: 10 }, () => chat(fake, headers))
    await vi.advanceTimersByTimeAsync(0)
    expect(fake.stats.inFlight).toBe(3)
    await vi.advanceTimersByTimeAsync(100)
    const statuses = (await Promise.all(pending)).map(r => r.status)
    expect(statuses.filter(s => s === 200)).toHaveLength(3)
    const rejected = (await Promise.all(pending)).filter(r => r.status === 429)
    expect(rejected).toHaveLength(7)
    expect(rejected[0]?.headers.get('retry-after-ms')).toBe('50')
    expect(fake.stats.maxInFlight).toBe(3)
    expect(fake.stats.forScenario('cap')).toMatchObject({ maxInFlight: 3, inFlight: 0, requests: 10 })
    expect(fake.stats.rejected).toBe(7)
    // Another scenario has its own ceiling bucket.
    fake.scenario('other', { latencyMs: 100 })
    const more = Array.from({ length: 4 }, () => chat(fake, { 'x-fake-scenario': 'other' }))
    await vi.advanceTimersByTimeAsync(100)
    expect((await Promise.all(more)).map(r => r.status)).toEqual([200, 200, 200, 200])
    expect(fake.stats.maxInFlight).toBe(4)
  })

  it('steps script a slow first attempt, then a fast one (per request id)', async () => {
    vi.useFakeTimers()
    const fake = createFakeLlm()
    const { headers } = fake.scenario('slow-once', { steps: [{ latencyMs: 1000 }] })
    const t0 = Date.now()
    const first = chat(fake, { ...headers, 'x-request-id': 'q' })
    await vi.advanceTimersByTimeAsync(1000)
    await first
    expect(Date.now() - t0).toBe(1000)
    const second = chat(fake, { ...headers, 'x-request-id': 'q' })
    await vi.advanceTimersByTimeAsync(0)
    expect((await second).status).toBe(200)
    expect(Date.now() - t0).toBe(1000)
  })

  it('requests refused by the ceiling do not advance a scripted sequence', async () => {
    vi.useFakeTimers()
    const fake = createFakeLlm()
    const { headers } = fake.scenario('cap', { maxConcurrent: 1, latencyMs: 50, sequenceBy: 'scenario', statuses: [503, 200] })
    const [a, b] = [chat(fake, headers), chat(fake, headers)]
    await vi.advanceTimersByTimeAsync(50)
    expect([(await a).status, (await b).status]).toEqual([503, 429])
    const c = chat(fake, headers)
    await vi.advanceTimersByTimeAsync(50)
    expect((await c).status).toBe(200)
  })

  it('stopAll() ends pending work without counting client closes', async () => {
    vi.useFakeTimers()
    const fake = createFakeLlm()
    const waiting = chat(fake, { 'x-fake-faults': '{"latencyMs":10000}' }).catch((e: unknown) => e)
    const stalled = await chat(fake, { 'x-fake-faults': '{"stallAfterChunks":1}' }, { stream: true })
    const reader = stalled.body?.getReader()
    await reader?.read()
    await vi.advanceTimersByTimeAsync(10)
    expect(fake.stats.inFlight).toBe(2)
    fake.stopAll()
    expect(await waiting).toMatchObject({ message: 'fake LLM stopped' })
    await expect(reader?.read()).rejects.toThrow('fake LLM stopped')
    expect(fake.stats.log.map(r => r.outcome)).toEqual(['stopped', 'stopped'])
    expect(fake.stats.clientCloses).toEqual([])
    expect(fake.stats.inFlight).toBe(0)
    expect(fake.stats.activeGenerations).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('samples a jittered and a percentile latency profile from the seed', async () => {
    vi.useFakeTimers()
    const fake = createFakeLlm({ seed: 9 })
    fake.scenario('p', { latencyMs: { p50: 100, p95: 400, p99: 900 } })
    const started = Date.now()
    const durations: number[] = []
    const pending = Promise.all(Array.from({ length: 200 }, () => chat(fake, { 'x-fake-scenario': 'p' }).then(() => durations.push(Date.now() - started))))
    await vi.runAllTimersAsync()
    await pending
    expect(durations).toHaveLength(200)
    durations.sort((x, y) => x - y)
    expect(durations[100]).toBeGreaterThan(60)
    expect(durations[100]).toBeLessThan(160)
    expect(durations[198]).toBeGreaterThan(300)
  })
})

describe('in-process faults behave like fetch errors', () => {
  it('reset before headers rejects like undici fetch', async () => {
    const fake = createFakeLlm()
    const err: unknown = await chat(fake, { 'x-fake-faults': '{"reset":"before-headers"}' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TypeError)
    expect(err).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNRESET' } })
    expect(err instanceof TypeError && err.cause instanceof FakeSocketError).toBe(true)
    expect(fake.stats.log[0]?.outcome).toBe('reset')
    expect(fake.stats.resets).toBe(1)
    expect(fake.stats.inFlight).toBe(0)
  })

  it('a client abort during the latency rejects with the reason and is recorded', async () => {
    vi.useFakeTimers()
    const fake = createFakeLlm({ plan: { latencyMs: 1000 } })
    const controller = new AbortController()
    const pending = chat(fake, { 'x-request-id': 'gone' }, {}, controller.signal).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(100)
    controller.abort(new Error('caller gave up'))
    expect(await pending).toMatchObject({ message: 'caller gave up' })
    expect(fake.stats.clientCloses).toEqual([expect.objectContaining({ requestId: 'gone', phase: 'before-headers' })])
    expect(fake.stats.log[0]?.outcome).toBe('client-closed')
    expect(fake.stats.inFlight).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })
})
