// SSE streams in-process (app.request, fake timers where time matters): framing, resume,
// multibyte and split events, padding, stalls, client cancel, mid-stream reset.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { completionChunks, createFakeLlm } from '../../../snippets/shared/fake-llm/app.ts'
import type { FakeLlm } from '../../../snippets/shared/fake-llm/app.ts'

const PROMPT = [{ role: 'user', content: 'stream please' }]

async function stream(fake: FakeLlm, faults: Record<string, unknown> = {}, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Response> {
  return await fake.app.request('/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-fake-faults': JSON.stringify(faults), ...headers },
    body: JSON.stringify({ messages: PROMPT, stream: true, ...extra }),
  })
}

interface SseEvent { id: string | undefined, data: string }

function parseSse(text: string): SseEvent[] {
  return text.split('\n\n').filter(Boolean).map((block) => {
    const lines = block.split('\n')
    return {
      id: lines.find(l => l.startsWith('id: '))?.slice(4),
      data: lines.filter(l => l.startsWith('data: ')).map(l => l.slice(6)).join('\n'),
    }
  })
}

function contentOf(events: SseEvent[]): string {
  return events.filter(e => e.data !== '[DONE]').map(e => JSON.parse(e.data).choices[0].delta.content).join('')
}

/** Reads raw byte chunks as they arrive (to see splits and sizes). */
async function readAll(res: Response): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = []
  const reader = res.body?.getReader()
  for (;;) {
    const next = await reader?.read()
    if (!next || next.done)
      return parts
    parts.push(next.value)
  }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('SSE framing', () => {
  it('sends id: on every event, OpenAI chunks, finish_reason on the last, then data: [DONE]', async () => {
    const fake = createFakeLlm({ seed: 4 })
    const res = await stream(fake, { chunks: 5 })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const text = await res.text()
    expect(text.endsWith('id: 5\ndata: [DONE]\n\n')).toBe(true)
    const events = parseSse(text)
    expect(events.map(e => e.id)).toEqual(['0', '1', '2', '3', '4', '5'])
    const chunks = events.slice(0, 5).map(e => JSON.parse(e.data))
    expect(chunks[0]).toMatchObject({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: { role: 'assistant' }, finish_reason: null }] })
    expect(chunks.map(c => c.choices[0].finish_reason)).toEqual([null, null, null, null, 'stop'])
    expect(contentOf(events)).toBe(completionChunks(4, 'user:stream please', 5).join(''))
    expect(fake.stats.log[0]).toMatchObject({ stream: true, chunksSent: 5, outcome: 'completed', status: 200 })
    expect(fake.stats.activeGenerations).toBe(0)
  })

  it('streams the same content the JSON endpoint returns', async () => {
    const fake = createFakeLlm({ seed: 8 })
    const streamed = contentOf(parseSse(await (await stream(fake)).text()))
    const json = await (await fake.app.request('/v1/chat/completions', { method: 'POST', body: JSON.stringify({ messages: PROMPT }) })).json()
    expect(json.choices[0].message.content).toBe(streamed)
  })

  it('resumes after resume_from (or Last-Event-ID) with no gap and no duplicate', async () => {
    const fake = createFakeLlm()
    const full = parseSse(await (await stream(fake, { chunks: 6 })).text())
    const resumed = parseSse(await (await stream(fake, { chunks: 6 }, { resume_from: 2 })).text())
    expect(resumed.map(e => e.id)).toEqual(['3', '4', '5', '6'])
    expect(contentOf([...full.slice(0, 3), ...resumed])).toBe(contentOf(full))
    const viaHeader = parseSse(await (await stream(fake, { chunks: 6 }, {}, { 'last-event-id': '4' })).text())
    expect(viaHeader.map(e => e.id)).toEqual(['5', '6'])
  })

  it('multibyte tokens split inside a character still decode to the exact text', async () => {
    const fake = createFakeLlm()
    const parts = await readAll(await stream(fake, { chunks: 4, multibyte: true, splitEvents: true }))
    expect(parts).toHaveLength(10) // 5 events, each in two pieces
    const decoder = new TextDecoder('utf-8', { fatal: true })
    expect(() => decoder.decode(parts[0])).toThrow() // the first piece ends mid-character
    const text = new TextDecoder().decode(Buffer.concat(parts))
    expect(contentOf(parseSse(text))).toBe(completionChunks(1, 'user:stream please', 4, true).join(''))
    expect(/[^\u0000-\u007F]/.test(contentOf(parseSse(text)))).toBe(true)
  })

  it('pads each chunk with a padding field of padBytes characters', async () => {
    const fake = createFakeLlm()
    const events = parseSse(await (await stream(fake, { chunks: 3, padBytes: 4096 })).text())
    for (const event of events.slice(0, 3))
      expect(JSON.parse(event.data).padding).toHaveLength(4096)
    expect(fake.stats.log[0]?.bytesSent).toBeGreaterThan(3 * 4096)
  })
})

describe('stream timing (fake timers)', () => {
  it('time to first token, then the gap between chunks', async () => {
    vi.useFakeTimers()
    const fake = createFakeLlm()
    const res = await stream(fake, { chunks: 3, ttftMs: 500, gapMs: 100 })
    const started = Date.now()
    const arrivals: number[] = []
    const reader = res.body?.getReader()
    const reading = (async () => {
      for (;;) {
        const next = await reader?.read()
        if (!next || next.done)
          return
        arrivals.push(Date.now() - started)
      }
    })()
    await vi.runAllTimersAsync()
    await reading
    expect(arrivals).toEqual([500, 600, 700, 800]) // three chunks, then [DONE]
    expect(vi.getTimerCount()).toBe(0)
  })

  it('a stall after N chunks keeps the response open until the client cancels', async () => {
    vi.useFakeTimers()
    const fake = createFakeLlm()
    const res = await stream(fake, { chunks: 10, stallAfterChunks: 2 }, {}, { 'x-request-id': 'stalled' })
    const reader = res.body?.getReader()
    const first = await reader?.read()
    const second = await reader?.read()
    expect(parseSse(new TextDecoder().decode(first?.value)).map(e => e.id)).toEqual(['0'])
    expect(parseSse(new TextDecoder().decode(second?.value)).map(e => e.id)).toEqual(['1'])
    let settled = false
    void reader?.read().then(() => {
      settled = true
    }, () => {
      settled = true
    })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(settled).toBe(false)
    expect(fake.stats.inFlight).toBe(1)
    expect(fake.stats.activeGenerations).toBe(1)
    await reader?.cancel()
    expect(fake.stats.clientCloses).toEqual([expect.objectContaining({ requestId: 'stalled', phase: 'body', chunksSent: 2, generationStopped: true })])
    expect(fake.stats.log[0]).toMatchObject({ outcome: 'client-closed', fault: 'stall' })
    expect(fake.stats.inFlight).toBe(0)
    expect(fake.stats.activeGenerations).toBe(0)
  })

  it('a client that cancels mid-stream stops the generation loop', async () => {
    vi.useFakeTimers()
    const fake = createFakeLlm()
    const res = await stream(fake, { chunks: 100, gapMs: 10 })
    const reader = res.body?.getReader()
    for (let i = 0; i < 3; i++) {
      const read = reader?.read()
      await vi.advanceTimersByTimeAsync(10)
      await read
    }
    await reader?.cancel()
    const close = fake.stats.clientCloses[0]
    expect(close?.generationStopped).toBe(true)
    expect(close?.chunksSent).toBeLessThan(6)
    const sent = fake.stats.log[0]?.chunksSent
    await vi.advanceTimersByTimeAsync(1_000)
    expect(fake.stats.log[0]?.chunksSent).toBe(sent) // nothing generated after the close
    expect(vi.getTimerCount()).toBe(0)
  })

  it('aborting the request signal mid-stream errors the body with the reason', async () => {
    const fake = createFakeLlm()
    const controller = new AbortController()
    const res = await fake.app.request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'x-fake-faults': '{"chunks":50,"gapMs":5}' },
      body: JSON.stringify({ messages: PROMPT, stream: true }),
      signal: controller.signal,
    })
    const reader = res.body?.getReader()
    await reader?.read()
    controller.abort(new Error('user left'))
    await expect(reader?.read()).rejects.toThrow('user left')
    expect(fake.stats.clientCloses).toHaveLength(1)
    await vi.waitFor(() => expect(fake.stats.clientCloses[0]?.generationStopped).toBe(true))
  })
})

describe('in-process socket faults', () => {
  it('a reset after N chunks delivers N chunks, then errors like undici (terminated, cause.code)', async () => {
    const fake = createFakeLlm()
    const res = await stream(fake, { chunks: 10, reset: { afterChunks: 3 } })
    const reader = res.body?.getReader()
    let text = ''
    const err = await (async () => {
      for (;;) {
        const next = await reader?.read()
        if (!next || next.done)
          return undefined
        text += new TextDecoder().decode(next.value)
      }
    })().catch((e: unknown) => e)
    expect(parseSse(text).map(e => e.id)).toEqual(['0', '1', '2'])
    expect(err).toBeInstanceOf(TypeError)
    expect(err).toMatchObject({ message: 'terminated', cause: { code: 'ECONNRESET' } })
    expect(fake.stats.log[0]).toMatchObject({ outcome: 'reset', chunksSent: 3 })
    expect(fake.stats.resets).toBe(1)
  })

  it('a buffered reset after N bytes, or a plain close', async () => {
    const fake = createFakeLlm()
    const res = await fake.app.request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'x-fake-faults': '{"reset":{"afterBytes":12},"resetHard":false}' },
      body: JSON.stringify({ messages: PROMPT }),
    })
    expect(res.status).toBe(200)
    const reader = res.body?.getReader()
    const first = await reader?.read()
    expect(new TextDecoder().decode(first?.value)).toBe('{"id":"chatc')
    await expect(reader?.read()).rejects.toMatchObject({ message: 'terminated', cause: { code: 'UND_ERR_SOCKET' } })
  })
})
