import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StreamIdleTimeoutError, StreamTotalTimeoutError, TtftTimeoutError, withStreamClocks } from './threeClocks.ts'

const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/** A synthetic upstream: items after the given delays; stalls (a never-settling await) if `stall`. */
async function* source(delays: number[], stall = false) {
  for (const [i, d] of delays.entries()) {
    await sleep(d)
    yield i
  }
  if (stall) await new Promise(() => {})
}

/** Consumes in the background; `state.result` is set when the stream settles (never awaited: no hang). */
function consume(iter: AsyncIterable<number>) {
  const state: { items: number[], result?: { ok: boolean, error?: unknown, at: number } } = { items: [] }
  const t0 = Date.now()
  void (async () => {
    try {
      for await (const x of iter) state.items.push(x)
      state.result = { ok: true, at: Date.now() - t0 }
    }
    catch (error) { state.result = { ok: false, error, at: Date.now() - t0 } }
  })()
  return state
}

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => { vi.useRealTimers() })

describe('three clocks', () => {
  it('late first token: TtftTimeoutError at 500 ms, onTimeout called once', async () => {
    const onTimeout = vi.fn()
    const s = consume(withStreamClocks(source([600]), { ttftMs: 500, idleMs: 300, onTimeout }))
    await vi.advanceTimersByTimeAsync(500)
    expect(s.result?.error).toBeInstanceOf(TtftTimeoutError)
    expect(s.result?.at).toBe(500)
    expect(onTimeout).toHaveBeenCalledOnce()
    await vi.advanceTimersByTimeAsync(200) // the synthetic source finishes its own sleep
    expect(vi.getTimerCount()).toBe(0)
  })

  it('steady stream (an item every 200 ms for 5 s, idle 300 ms): completes, no timer left', async () => {
    const onTimeout = vi.fn()
    const s = consume(withStreamClocks(source(Array.from({ length: 25 }, () => 200)), { ttftMs: 500, idleMs: 300, onTimeout }))
    await vi.advanceTimersByTimeAsync(5_000)
    expect(s.result).toEqual({ ok: true, at: 5_000 })
    expect(s.items).toHaveLength(25)
    expect(onTimeout).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('stall after the 3rd item: StreamIdleTimeoutError 300 ms after it', async () => {
    const onTimeout = vi.fn()
    const s = consume(withStreamClocks(source([100, 100, 100], true), { ttftMs: 500, idleMs: 300, onTimeout }))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(s.result?.error).toBeInstanceOf(StreamIdleTimeoutError)
    expect(s.result?.at).toBe(600)
    expect(s.items).toEqual([0, 1, 2])
    expect(onTimeout).toHaveBeenCalledOnce()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('total cap 1 s on a 5 s stream: StreamTotalTimeoutError at 1 s', async () => {
    const onTimeout = vi.fn()
    const s = consume(withStreamClocks(source(Array.from({ length: 25 }, () => 200)), { ttftMs: 500, idleMs: 300, totalMs: 1_000, onTimeout }))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(s.result?.error).toBeInstanceOf(StreamTotalTimeoutError)
    expect(s.result?.at).toBe(1_000)
    expect(onTimeout).toHaveBeenCalledOnce()
    await vi.advanceTimersByTimeAsync(200)
    expect(vi.getTimerCount()).toBe(0)
  })
})
