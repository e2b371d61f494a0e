// Socket-level faults and stream timing over real sockets, observed by undici (real time, ~50 ms tolerance).
// undici 8 runs headersTimeout/bodyTimeout/connectTimeout on its coarse fast timer (ticks of ~500 ms),
// so a 250 ms parser timeout fires after 0.5-1 s: those assertions check the code and a wide window,
// while the fake's own timing (TTFT, gaps, stalls, closes) is checked to ~50 ms.
import { afterEach, describe, expect, it } from 'vitest'
import { Agent, fetch, request } from 'undici'
import type { Response } from 'undici'
import { completionChunks } from '../../../snippets/shared/fake-llm/app.ts'
import { serveFakeLlm } from '../../../snippets/shared/fake-llm/server.ts'
import type { FakeLlmServer } from '../../../snippets/shared/fake-llm/server.ts'

const PROMPT = [{ role: 'user', content: 'over the wire' }]
const cleanups: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse())
    await cleanup()
})

async function serve(): Promise<FakeLlmServer> {
  const server = await serveFakeLlm({ seed: 2 })
  cleanups.push(() => server.close())
  return server
}

function agent(options: ConstructorParameters<typeof Agent>[0] = {}): Agent {
  const a = new Agent(options)
  cleanups.push(() => a.destroy())
  return a
}

function call(server: FakeLlmServer, faults: Record<string, unknown>, opts: { stream?: boolean, dispatcher?: Agent, signal?: AbortSignal, headers?: Record<string, string> } = {}) {
  return fetch(`${server.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-fake-faults': JSON.stringify(faults), ...opts.headers },
    body: JSON.stringify({ messages: PROMPT, stream: opts.stream ?? false }),
    ...(opts.dispatcher ? { dispatcher: opts.dispatcher } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  })
}

function codeOf(err: unknown): unknown {
  let cur: unknown = err
  while (cur instanceof Error) {
    if ('code' in cur)
      return cur.code
    cur = cur.cause
  }
  return undefined
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

/**
 * When a plain setTimeout chain with the same delays fires (ms since `t0`). On a busy machine every
 * timer runs late; comparing with this control keeps the ~50 ms tolerance honest and flake-free.
 */
async function timerChain(delays: number[], t0: number): Promise<number[]> {
  const at: number[] = []
  for (const delay of delays) {
    await new Promise(resolve => setTimeout(resolve, delay))
    at.push(performance.now() - t0)
  }
  return at
}

/** Epoch ms of each SSE id's arrival in the last readEvents() call, to compare with server times. */
const epochArrivals = new Map<string, number>()

/** Reads a streamed body, noting when each SSE id first arrived (ms since `t0`). */
async function readEvents(res: Response, t0: number, stopAfter = Infinity) {
  const reader = res.body?.getReader()
  const decoder = new TextDecoder()
  const arrivals = new Map<string, number>()
  epochArrivals.clear()
  const pieces: string[] = []
  let text = ''
  let error: unknown
  try {
    while (arrivals.size < stopAfter) {
      const next = await reader?.read()
      if (!next || next.done)
        break
      const piece = decoder.decode(next.value, { stream: true })
      pieces.push(piece)
      text += piece
      for (const match of text.matchAll(/^id: (\d+)\ndata: .*\n\n/gm)) {
        if (match[1] !== undefined && !arrivals.has(match[1])) {
          arrivals.set(match[1], performance.now() - t0)
          epochArrivals.set(match[1], Date.now())
        }
      }
    }
  }
  catch (err) {
    error = err
  }
  return { arrivals, text, pieces, error, reader }
}

describe('stream timing over sockets', () => {
  it('TTFT, then one chunk per gap', async () => {
    const server = await serve()
    const started = performance.now()
    const res = await call(server, { chunks: 4, ttftMs: 150, gapMs: 60 }, { stream: true })
    const delays = [150, 60, 60, 60, 60] // 4 chunks, then [DONE]
    const [{ arrivals, error }, control] = await Promise.all([readEvents(res, started), timerChain(delays, performance.now())])
    expect(error).toBeUndefined()
    const at = [...arrivals.values()]
    expect(at).toHaveLength(5)
    // Measured from the server's own headers time (the TTFT clock starts there), in epoch ms.
    const headersAt = server.stats.log[0]?.headersAt ?? Number.NaN
    const sinceHeaders = [...arrivals.keys()].map(id => (epochArrivals.get(id) ?? Number.NaN) - headersAt)
    sinceHeaders.forEach((t, i) => {
      const planned = sum(delays.slice(0, i + 1))
      expect(t).toBeGreaterThanOrEqual(planned - 2) // never early
      expect(t).toBeLessThan(planned + 50 + ((control[i] ?? 0) - planned)) // late only as late as timers run
    })
    expect(at[0]).toBeGreaterThanOrEqual(148)
  })

  it('a steady stream outlives a bodyTimeout larger than its gap', async () => {
    const server = await serve()
    const dispatcher = agent({ bodyTimeout: 250 })
    const res = await call(server, { chunks: 6, gapMs: 150 }, { stream: true, dispatcher })
    const { arrivals, error } = await readEvents(res, performance.now())
    expect(error).toBeUndefined()
    expect(arrivals.size).toBe(7)
  })

  it('a stall after N chunks leaves the connection open: bodyTimeout fires, the server sees the close', async () => {
    const server = await serve()
    const dispatcher = agent({ bodyTimeout: 250 })
    const t0 = performance.now()
    const res = await call(server, { chunks: 10, stallAfterChunks: 2 }, { stream: true, dispatcher })
    const { arrivals, error } = await readEvents(res, t0)
    const elapsed = performance.now() - t0
    expect([...arrivals.keys()]).toEqual(['0', '1'])
    expect(codeOf(error)).toBe('UND_ERR_BODY_TIMEOUT')
    expect(elapsed).toBeGreaterThanOrEqual(245)
    expect(elapsed).toBeLessThan(1_600)
    await expect.poll(() => server.stats.clientCloses.length).toBe(1)
    expect(server.stats.clientCloses[0]).toMatchObject({ phase: 'body', chunksSent: 2, generationStopped: true })
    expect(server.stats.log[0]).toMatchObject({ fault: 'stall', outcome: 'client-closed' })
    await expect.poll(() => server.stats.openSockets).toBe(0)
  })

  it('headers that never arrive: headersTimeout, recorded as a close before headers', async () => {
    const server = await serve()
    const dispatcher = agent({ headersTimeout: 250 })
    const t0 = performance.now()
    const err = await call(server, { latencyMs: 5_000 }, { dispatcher }).catch((e: unknown) => e)
    expect(codeOf(err)).toBe('UND_ERR_HEADERS_TIMEOUT')
    expect(performance.now() - t0).toBeGreaterThanOrEqual(245)
    expect(performance.now() - t0).toBeLessThan(1_600)
    await expect.poll(() => server.stats.clientCloses[0]?.phase).toBe('before-headers')
    expect(server.stats.inFlight).toBe(0)
  })

  it('a buffered body that stalls after the headers: bodyTimeout', async () => {
    const server = await serve()
    const dispatcher = agent({ bodyTimeout: 250 })
    const res = await call(server, { bodyStallAfterBytes: 0 }, { dispatcher })
    expect(res.status).toBe(200)
    const err = await res.text().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TypeError)
    expect(codeOf(err)).toBe('UND_ERR_BODY_TIMEOUT')
  })
})

describe('socket resets seen by undici', () => {
  it('before headers: ECONNRESET (hard, default) or "other side closed" (resetHard: false)', async () => {
    const server = await serve()
    const hard = await call(server, { reset: 'before-headers' }).catch((e: unknown) => e)
    expect(hard).toMatchObject({ name: 'TypeError', message: 'fetch failed' })
    expect(codeOf(hard)).toBe('ECONNRESET')
    const soft = await call(server, { reset: 'before-headers', resetHard: false }).catch((e: unknown) => e)
    expect(codeOf(soft)).toBe('UND_ERR_SOCKET')
    expect(server.stats.resets).toBe(2)
    expect(server.stats.log.map(r => [r.outcome, r.status])).toEqual([['reset', undefined], ['reset', undefined]])
    await expect.poll(() => server.stats.openSockets).toBe(0)
  })

  it('after N body bytes: the first N bytes arrive, then the body errors', async () => {
    const server = await serve()
    const { body, statusCode } = await request(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'x-fake-faults': '{"reset":{"afterBytes":40}}' },
      body: JSON.stringify({ messages: PROMPT }),
    })
    expect(statusCode).toBe(200)
    let received = 0
    const err = await (async () => {
      for await (const chunk of body)
        received += Buffer.byteLength(chunk)
    })().catch((e: unknown) => e)
    expect(received).toBe(40)
    expect(codeOf(err)).toBe('ECONNRESET')
  })

  it('after N stream chunks: exactly N events, then "terminated"', async () => {
    const server = await serve()
    for (const resetHard of [true, false]) {
      const res = await call(server, { chunks: 10, gapMs: 5, reset: { afterChunks: 3 }, resetHard }, { stream: true })
      const { arrivals, error } = await readEvents(res, performance.now())
      expect([...arrivals.keys()]).toEqual(['0', '1', '2'])
      expect(error).toMatchObject({ name: 'TypeError', message: 'terminated' })
      expect(codeOf(error)).toBe(resetHard ? 'ECONNRESET' : 'UND_ERR_SOCKET')
    }
    expect(server.stats.log.map(r => [r.outcome, r.chunksSent])).toEqual([['reset', 3], ['reset', 3]])
  })

  it('a reset-then-success script: the retry on a new connection succeeds', async () => {
    const server = await serve()
    const { headers } = server.fake.scenario('flaky', { steps: [{ reset: 'before-headers' }] })
    const first = await call(server, {}, { headers: { ...headers, 'x-request-id': 'r' } }).catch((e: unknown) => e)
    expect(codeOf(first)).toBe('ECONNRESET')
    const second = await call(server, {}, { headers: { ...headers, 'x-request-id': 'r' } })
    expect(second.status).toBe(200)
    await second.arrayBuffer()
    expect(server.stats.socketsOpened).toBe(2)
  })
})

describe('client closes, backpressure, sockets', () => {
  it('an aborted buffered call is recorded with its timestamp; a call left running finishes normally', async () => {
    const server = await serve()
    const signal = AbortSignal.timeout(100)
    let abortedAt = 0
    let loopLag: Promise<number> = Promise.resolve(0) // how busy the event loop is right then
    signal.addEventListener('abort', () => {
      abortedAt = Date.now()
      loopLag = new Promise(resolve => setTimeout(() => resolve(Date.now() - abortedAt), 0))
    })
    const err = await call(server, { latencyMs: 1_000 }, { signal, headers: { 'x-request-id': 'wired' } }).catch((e: unknown) => e)
    expect(err).toMatchObject({ name: 'TimeoutError' })
    await expect.poll(() => server.stats.clientCloses.length).toBe(1)
    const close = server.stats.clientCloses[0]
    expect(close).toMatchObject({ requestId: 'wired', phase: 'before-headers' })
    expect((close?.at ?? 0) - abortedAt).toBeLessThan(50 + await loopLag) // the server saw the close at once
    expect(server.stats.log[0]?.outcome).toBe('client-closed')
    expect(server.stats.inFlight).toBe(0)

    // An advisory timeout (a race) abandons the promise, not the request: the server keeps working.
    const running = call(server, { latencyMs: 300 })
    const raced = await Promise.race([running.then(() => 'answer'), new Promise(resolve => setTimeout(resolve, 50, 'timeout'))])
    expect(raced).toBe('timeout')
    await expect.poll(() => server.stats.log[1]?.outcome).toBe('in-flight')
    await (await running).arrayBuffer()
    const record = server.stats.log[1]
    expect(record?.outcome).toBe('completed')
    expect((record?.finishedAt ?? 0) - (record?.at ?? 0)).toBeGreaterThanOrEqual(295)
  })

  it('a slow reader makes the server hit backpressure; stopping it stops the generation', async () => {
    const server = await serve()
    const controller = new AbortController()
    const res = await call(server, { chunks: 1_000, padBytes: 16_384 }, { stream: true, signal: controller.signal })
    const reader = res.body?.getReader()
    for (let i = 0; i < 10; i++) {
      await reader?.read()
      await new Promise(resolve => setTimeout(resolve, 20))
    }
    controller.abort()
    await expect.poll(() => server.stats.clientCloses[0]?.generationStopped).toBe(true)
    expect(server.stats.backpressureHits).toBeGreaterThan(0)
    expect(server.stats.log[0]?.chunksSent).toBeLessThan(500)
    expect(server.stats.activeGenerations).toBe(0)
    await expect.poll(() => server.stats.openSockets).toBe(0)
  })

  it('split multibyte events cross TCP writes and still decode exactly', async () => {
    const server = await serve()
    const res = await call(server, { chunks: 6, multibyte: true, splitEvents: true, gapMs: 10 }, { stream: true })
    const { text, pieces, error } = await readEvents(res, performance.now())
    expect(error).toBeUndefined()
    expect(pieces.some(p => !p.endsWith('\n\n'))).toBe(true) // some read ended mid-event
    const content = [...text.matchAll(/^data: (\{.*\})$/gm)].map(m => JSON.parse(m[1] ?? '{}').choices[0].delta.content).join('')
    expect(content).toBe(completionChunks(2, 'user:over the wire', 6, true).join(''))
  })

  it('the open-socket gauge returns to 0 when the client closes its pool', async () => {
    const server = await serve()
    const dispatcher = new Agent({ connections: 3 })
    await Promise.all(Array.from({ length: 6 }, () => call(server, { latencyMs: 30 }, { dispatcher }).then(r => r.arrayBuffer())))
    expect(server.stats.openSockets).toBe(3) // kept alive
    await dispatcher.close()
    await expect.poll(() => server.stats.openSockets).toBe(0)
    expect(server.stats.maxOpenSockets).toBe(3)
  })

  it('several instances with different profiles run side by side', async () => {
    const fast = await serveFakeLlm({ plan: { latencyMs: 20 } })
    const slow = await serveFakeLlm({ plan: { latencyMs: 200 } })
    cleanups.push(() => fast.close(), () => slow.close())
    const winner = await Promise.any([
      call(slow, {}).then(() => 'slow'),
      call(fast, {}).then(() => 'fast'),
    ])
    expect(winner).toBe('fast')
    expect(fast.port).not.toBe(slow.port)
    expect(fast.stats.requests + slow.stats.requests).toBe(2)
  })
})
