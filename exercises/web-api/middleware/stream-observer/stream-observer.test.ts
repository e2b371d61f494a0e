// Real time: 5 SSE events, 100 ms apart, through the observer.
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { createEventsApp } from '../../../../snippets/web-api/middleware/body-safe.ts'
import { streamObserver, type StreamLog } from './stream-observer.ts'

const EXPECTED = new TextEncoder().encode(Array.from({ length: 5 }, (_, i) => `data: token ${i + 1}\n\n`).join(''))

describe('stream-safe observer', () => {
  it('delivers the first event at once and logs exact bytes and the full duration after the last one', async () => {
    const logs: StreamLog[] = []
    const start = performance.now()
    const res = await createEventsApp(streamObserver(l => logs.push(l))).request('/events')
    const reader = res.body!.getReader()
    const first = await reader.read()
    expect(performance.now() - start).toBeLessThan(300) // buffered, it would be ~450 ms
    expect(logs).toEqual([]) // the stream is still running
    let bytes = first.value?.byteLength ?? 0
    for (let r = await reader.read(); !r.done; r = await reader.read())
      bytes += r.value.byteLength
    expect(bytes).toBe(EXPECTED.byteLength)
    expect(logs).toEqual([{ bytes: EXPECTED.byteLength, duration_ms: expect.any(Number), aborted: false }])
    expect(logs[0]!.duration_ms).toBeGreaterThanOrEqual(450)
  })

  it('still logs a cancelled stream, with aborted: true', async () => {
    const logs: StreamLog[] = []
    const res = await createEventsApp(streamObserver(l => logs.push(l))).request('/events')
    const reader = res.body!.getReader()
    const first = await reader.read()
    await reader.cancel('client went away')
    expect(logs).toEqual([{ bytes: first.value?.byteLength, duration_ms: expect.any(Number), aborted: true }])
  })

  it('logs ordinary responses too, keeping status and headers', async () => {
    const logs: StreamLog[] = []
    const app = new Hono().use(streamObserver(l => logs.push(l), () => 0)).get('/', c => c.json({ ok: true }, 201, { 'X-Kept': 'yes' }))
    const res = await app.request('/')
    expect(res.status).toBe(201)
    expect(res.headers.get('X-Kept')).toBe('yes')
    expect(await res.text()).toBe('{"ok":true}')
    expect(logs).toEqual([{ bytes: 11, duration_ms: 0, aborted: false }])
  })
})
