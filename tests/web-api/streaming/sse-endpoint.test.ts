import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTickerApp, EventHistory, lastEventId } from '../../../snippets/web-api/streaming/sse-endpoint.ts'
import { captureConsole } from '../../support/capture-console.ts'
import { sseReader } from './sse-reader.ts'

const readers: { cancel: () => Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(readers.splice(0).map(r => r.cancel()))
  vi.useRealTimers()
})

/** Reads the next event, advancing the fake clock past the 1 s interval. */
async function next(reader: ReturnType<typeof sseReader>) {
  const pending = reader.read()
  await vi.advanceTimersByTimeAsync(1000)
  const r = await pending
  if (r.done) throw new Error('stream ended')
  return r.value
}

describe('the guide SSE endpoint with streamSSE', () => {
  beforeEach(() => { vi.useFakeTimers() })

  it('sets the SSE and anti-buffering headers, then status/connected with retry 5000', async () => {
    const res = await createTickerApp().request('/events')
    expect(res.headers.get('content-type')).toBe('text/event-stream')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('x-accel-buffering')).toBe('no')
    const reader = sseReader(res)
    readers.push(reader)
    const first = await next(reader)
    expect(first).toMatchObject({ event: 'status', data: 'connected' })
    const raw = await createTickerApp().request('/events')
    const rawReader = raw.body!.pipeThrough(new TextDecoderStream()).getReader()
    readers.push(rawReader)
    expect((await rawReader.read()).value).toBe('event: status\ndata: connected\nretry: 5000\n\n')
  })

  it('numbers the updates 1, 2, 3 with Event #n data', async () => {
    const reader = sseReader(await createTickerApp({ now: () => 42 }).request('/events'))
    readers.push(reader)
    await next(reader)
    const ids = []
    for (let i = 0; i < 3; i++) {
      const e = await next(reader)
      expect(e.event).toBe('update')
      expect(JSON.parse(e.data)).toEqual({ id: Number(e.id), timestamp: 42, message: `Event #${e.id}` })
      ids.push(Number(e.id))
    }
    expect(ids).toEqual([1, 2, 3])
  })

  it('a reconnect with Last-Event-ID: 5 resumes at 6', async () => {
    const history = new EventHistory()
    const app = createTickerApp({ history })
    const first = sseReader(await app.request('/events'))
    for (let i = 0; i < 8; i++) await next(first) // status + updates 1..7
    await first.cancel()
    const again = sseReader(await app.request('/events', { headers: { 'Last-Event-ID': '5' } }))
    readers.push(again)
    expect((await next(again)).event).toBe('status')
    expect([(await next(again)).id, (await next(again)).id, (await next(again)).id]).toEqual(['6', '7', '8'])
  })

  it('stops producing after the client cancels, and onAbort runs', async () => {
    let produced = 0
    let aborted = false
    const app = createTickerApp({ onProduced: () => { produced++ }, onAbort: () => { aborted = true } })
    const reader = sseReader(await app.request('/events'))
    for (let i = 0; i < 4; i++) await next(reader)
    await reader.cancel()
    await vi.waitFor(() => expect(aborted).toBe(true)) // the cancel travels up the pipe
    const atCancel = produced
    await vi.advanceTimersByTimeAsync(10_000) // ten more intervals
    expect(produced).toBeLessThanOrEqual(atCancel + 1)
  })
})

describe('Last-Event-ID and history', () => {
  it('parses the header defensively and keeps a bounded history', () => {
    expect([lastEventId('5'), lastEventId(undefined), lastEventId('x'), lastEventId('-3')]).toEqual([5, 0, 0, 0])
    const h = new EventHistory(3)
    for (let id = 1; id <= 5; id++) h.push({ id, data: String(id) })
    expect(h.since(0).map(e => e.id)).toEqual([3, 4, 5])
  })

  it('the demo shows headers, three events and the abort', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/streaming/sse-endpoint.demo.ts'))
    expect(lines).toEqual([
      '200 text/event-stream no',
      'event: status\ndata: connected\nretry: 5000',
      'event: update\ndata: {"id":42,"timestamp":0,"message":"Event #42"}\nid: 42',
      'event: update\ndata: {"id":43,"timestamp":0,"message":"Event #43"}\nid: 43',
      'onAbort ran',
    ])
  })
})
