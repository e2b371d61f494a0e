// The three clocks under fake timers over a synthetic source: each fires at its time, with its
// typed error, aborts the upstream once, and leaves no timer behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  StreamIdleTimeoutError, StreamTotalTimeoutError, TtftTimeoutError, withStreamClocks,
} from '../../../snippets/safe-api-calls/streaming-patterns/streamClocks.ts'

const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/** Items at the given delays (ms after the previous one); stalls forever after the list if `stall`. */
function source(delays: number[], stall = false) {
  const state = { returned: false }
  async function* gen() {
    try {
      for (const [i, d] of delays.entries()) {
        await sleep(d)
        yield i
      }
      if (stall)
        await new Promise(() => {})
    }
    finally { state.returned = true }
  }
  return { it: gen(), state }
}

async function run(iter: AsyncIterable<number>) {
  const got: number[] = []
  const started = Date.now()
  const p = (async () => {
    for await (const x of iter) got.push(x)
  })().then(() => ({ ok: true as const, at: Date.now() - started }), (error: unknown) => ({ ok: false as const, error, at: Date.now() - started }))
  return { got, p }
}

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0) // no clock survives its stream
  vi.useRealTimers()
})

describe('withStreamClocks', () => {
  it('first item at 600 ms with TTFT 500 ms -> TtftTimeoutError at 500 ms, upstream aborted once', async () => {
    const onTimeout = vi.fn()
    const { it: src } = source([600])
    const { got, p } = await run(withStreamClocks(src, { ttftMs: 500, idleMs: 300, onTimeout }))
    await vi.advanceTimersByTimeAsync(499)
    expect(onTimeout).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    const r = await p
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error).toBeInstanceOf(TtftTimeoutError)
    expect(r.at).toBe(500)
    expect(onTimeout).toHaveBeenCalledOnce()
    expect(onTimeout.mock.calls[0]?.[0]).toBeInstanceOf(TtftTimeoutError)
    expect(got).toEqual([])
    await vi.advanceTimersByTimeAsync(200) // let the synthetic source finish its sleep
  })

  it('an item every 200 ms for 5 s with idle 300 ms and no total cap completes', async () => {
    const onTimeout = vi.fn()
    const { it: src } = source(Array.from({ length: 25 }, () => 200))
    const { got, p } = await run(withStreamClocks(src, { ttftMs: 500, idleMs: 300, onTimeout }))
    await vi.advanceTimersByTimeAsync(5_000)
    const r = await p
    expect(r).toEqual({ ok: true, at: 5_000 })
    expect(got).toHaveLength(25)
    expect(onTimeout).not.toHaveBeenCalled()
  })

  it('a stall after the 3rd item -> StreamIdleTimeoutError 300 ms after it', async () => {
    const onTimeout = vi.fn()
    const { it: src } = source([100, 100, 100], true)
    const { got, p } = await run(withStreamClocks(src, { ttftMs: 500, idleMs: 300, onTimeout }))
    await vi.advanceTimersByTimeAsync(1_000)
    const r = await p
    expect(!r.ok && r.error).toBeInstanceOf(StreamIdleTimeoutError)
    expect(r.at).toBe(600) // 3rd item at 300, silence until 600
    expect(got).toEqual([0, 1, 2])
    expect(onTimeout).toHaveBeenCalledOnce()
  })

  it('total cap 1 s on a 5 s stream -> StreamTotalTimeoutError at 1 s', async () => {
    const onTimeout = vi.fn()
    const { it: src } = source(Array.from({ length: 25 }, () => 200))
    const { got, p } = await run(withStreamClocks(src, { ttftMs: 500, idleMs: 300, totalMs: 1_000, onTimeout }))
    await vi.advanceTimersByTimeAsync(1_000)
    const r = await p
    expect(!r.ok && r.error).toBeInstanceOf(StreamTotalTimeoutError)
    expect(r.at).toBe(1_000)
    expect(got.length).toBeGreaterThanOrEqual(4)
    expect(onTimeout).toHaveBeenCalledOnce()
    await vi.advanceTimersByTimeAsync(200)
  })

  it('a consumer breaking early calls the source return()', async () => {
    const { it: src, state } = source([50, 50, 50, 50])
    const p = (async () => {
      for await (const x of withStreamClocks(src, { ttftMs: 500, idleMs: 300, totalMs: 10_000, onTimeout: () => {} })) {
        if (x === 1) break
      }
    })()
    await vi.advanceTimersByTimeAsync(100)
    await p
    expect(state.returned).toBe(true)
  })

  it('the consumer’s own slowness is not upstream silence', async () => {
    const onTimeout = vi.fn()
    const { it: src } = source([10, 10, 10])
    const p = (async () => {
      for await (const _ of withStreamClocks(src, { ttftMs: 100, idleMs: 100, onTimeout }))
        await sleep(500) // a slow client, five idle budgets per item
    })()
    await vi.advanceTimersByTimeAsync(2_000)
    await p
    expect(onTimeout).not.toHaveBeenCalled()
  })
})
