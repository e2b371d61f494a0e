// Real time: the mechanism is a stream flowing chunk by chunk (5 events, 100 ms apart).
import { describe, expect, it } from 'vitest'
import type { StreamReport } from '../../../snippets/web-api/middleware/body-safe.ts'
import { bufferingLogger, createEventsApp, firstChunkAfter, observeStream } from '../../../snippets/web-api/middleware/body-safe.ts'
import { captureConsole } from '../../support/capture-console.ts'

const EXPECTED = Array.from({ length: 5 }, (_, i) => `data: token ${i + 1}\n\n`).join('')

describe('observing response bodies', () => {
  it('the buffering anti-pattern delays the first event until the producer ends (~500 ms)', async () => {
    const sizes: number[] = []
    const start = performance.now()
    const res = await createEventsApp(bufferingLogger(n => sizes.push(n))).request('/events')
    const { firstMs, text } = await firstChunkAfter(res, start)
    expect(firstMs).toBeGreaterThanOrEqual(450)
    expect(text).toBe(EXPECTED)
    expect(sizes).toEqual([EXPECTED.length])
  })

  it('the pass-through observer delivers the first event at once, then reports exact bytes and full duration', async () => {
    const reports: StreamReport[] = []
    const start = performance.now()
    const res = await createEventsApp(observeStream(r => reports.push(r))).request('/events')
    expect(res.headers.get('Content-Type')).toMatch(/^text\/event-stream/)
    const reader = res.body!.getReader()
    const first = await reader.read()
    expect(performance.now() - start).toBeLessThan(300) // buffered, it would be ~450 ms
    expect(reports).toEqual([]) // not yet: the stream is still running
    let bytes = first.value?.byteLength ?? 0
    for (let r = await reader.read(); !r.done; r = await reader.read())
      bytes += r.value.byteLength
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatchObject({ bytes, aborted: false })
    expect(bytes).toBe(new TextEncoder().encode(EXPECTED).byteLength)
    expect(reports[0]!.duration_ms).toBeGreaterThanOrEqual(450) // the whole stream, not TTFB
  })

  it('reports on client cancel, with aborted: true and the bytes sent so far', async () => {
    const reports: StreamReport[] = []
    const res = await createEventsApp(observeStream(r => reports.push(r))).request('/events')
    const reader = res.body!.getReader()
    const first = await reader.read()
    await reader.cancel('client went away')
    expect(reports).toEqual([{ bytes: first.value?.byteLength, duration_ms: expect.any(Number), aborted: true }])
  })

  it('a response without a body is reported at once', async () => {
    const reports: StreamReport[] = []
    const res = await createEventsApp(observeStream(r => reports.push(r))).request('/empty')
    expect(res.status).toBe(204)
    expect(reports).toEqual([{ bytes: 0, duration_ms: expect.any(Number), aborted: false }])
  })

  it('demo: buffering waits for the end, pass-through does not', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/middleware/body-safe.demo.ts'))
    expect(lines).toEqual([
      'buffering: first event only at the end (~500 ms)',
      'pass-through: first event after one gap (~100 ms)',
    ])
  })
})
