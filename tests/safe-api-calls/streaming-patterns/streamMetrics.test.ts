// Metrics recorded on every exit path, with an injected monotonic clock.
import { describe, expect, it } from 'vitest'
import { ClientAbortError } from '../../../snippets/safe-api-calls/call-patterns/errors.ts'
import { StreamMetrics, withStreamMetrics } from '../../../snippets/safe-api-calls/streaming-patterns/streamMetrics.ts'

function clock() {
  let t = 1_000
  return { now: () => t, advance: (ms: number) => { t += ms } }
}

async function* items(n: number, c: ReturnType<typeof clock>, fail?: Error) {
  c.advance(120) // time to first chunk
  for (let i = 0; i < n; i++) {
    yield i
    c.advance(10)
  }
  if (fail) throw fail
}

describe('withStreamMetrics', () => {
  it('normal stream: TTFC, duration and the exact chunk count', async () => {
    const m = new StreamMetrics()
    const c = clock()
    for await (const _ of withStreamMetrics(items(5, c), m, c.now)) expect(m.activeStreams).toBe(1)
    expect(m.observations).toEqual([{ outcome: 'completed', ttfcMs: 120, durationMs: 170, chunks: 5, errorType: undefined }])
    expect(m.activeStreams).toBe(0)
  })

  it('error path: stream_errors_total{type} incremented', async () => {
    const m = new StreamMetrics()
    const c = clock()
    const run = async () => { for await (const _ of withStreamMetrics(items(2, c, new TypeError('boom')), m, c.now)); }
    await expect(run()).rejects.toThrow('boom')
    expect(m.streamErrors.get('TypeError')).toBe(1)
    expect(m.observations[0]).toMatchObject({ outcome: 'error', chunks: 2, errorType: 'TypeError' })
    expect(m.activeStreams).toBe(0)
  })

  it('disconnect path: client_disconnects_total incremented (abort error or consumer break)', async () => {
    const m = new StreamMetrics()
    const c = clock()
    const run = async () => { for await (const _ of withStreamMetrics(items(3, c, new ClientAbortError('gone')), m, c.now)); }
    await expect(run()).rejects.toThrow('gone')
    for await (const _ of withStreamMetrics(items(10, c), m, c.now)) break
    expect(m.clientDisconnects).toBe(2)
    expect(m.streamErrors.size).toBe(0) // a disconnect is not a vendor error
    expect(m.observations.map(o => o.outcome)).toEqual(['disconnect', 'disconnect'])
    expect(m.activeStreams).toBe(0)
  })

  it('a stream that never yields records a null TTFC', async () => {
    const m = new StreamMetrics()
    const c = clock()
    const run = async () => { for await (const _ of withStreamMetrics(items(0, c, new Error('no tokens')), m, c.now)); }
    await expect(run()).rejects.toThrow()
    expect(m.observations[0]).toMatchObject({ ttfcMs: null, chunks: 0, outcome: 'error' })
    expect(m.activeStreams).toBe(0)
  })
})
