// Fake timers, synthetic sources: per-source order and interleaving, one error marker, the idle
// timeout, every source closed when the consumer breaks, and no unhandled rejection.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type Merged, mergeStreams, type Source } from './mergeWithoutLeaks.ts'

interface Spy { aborted: boolean, closed: boolean }

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason) }, { once: true })
  })
}

function synthetic(name: string, count: number, everyMs: number, spy: Spy, failAfter?: number): Source<string> {
  return async function* (signal) {
    signal.addEventListener('abort', () => { spy.aborted = true }, { once: true })
    try {
      for (let i = 0; i < count; i++) {
        if (i === failAfter) throw new Error(`${name} broke`)
        await sleep(everyMs, signal)
        yield `${name}${i}`
      }
    }
    finally {
      spy.closed = true
    }
  }
}

const spies = (n: number): Spy[] => Array.from({ length: n }, () => ({ aborted: false, closed: false }))

/** Runs the merge in the background so a hanging starter fails the test instead of hanging it. */
function background<T>(it: AsyncIterable<Merged<T>>, limit = Infinity) {
  const state: { out: Merged<T>[], done: boolean, error?: unknown } = { out: [], done: false }
  void (async () => {
    try {
      for await (const item of it) {
        state.out.push(item)
        if (state.out.length >= limit) break
      }
    }
    catch (err) {
      state.error = err
    }
    state.done = true
  })()
  return state
}

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => {
  vi.clearAllTimers()
  vi.useRealTimers()
})

describe('mergeStreams (exercise)', () => {
  it('interleaves sources in arrival order and keeps each source in its own order', async () => {
    const s = spies(2)
    const run = background(mergeStreams([synthetic('a', 3, 10, s[0]!), synthetic('b', 3, 25, s[1]!)], { idleMs: 300 }))
    await vi.advanceTimersByTimeAsync(100)
    expect(run.done).toBe(true)
    expect(run.out.map(m => ('chunk' in m ? m.chunk : 'err'))).toEqual(['a0', 'a1', 'b0', 'a2', 'b1', 'b2'])
  })

  it('one error marker for a failing source while the others complete', async () => {
    const s = spies(2)
    const run = background(mergeStreams([synthetic('ok', 5, 10, s[0]!), synthetic('bad', 9, 10, s[1]!, 2)], { idleMs: 300 }))
    await vi.advanceTimersByTimeAsync(200)
    expect(run.error).toBeUndefined()
    expect(run.out.filter(m => 'error' in m)).toEqual([{ source: 1, error: expect.any(Error) }])
    expect(run.out.filter(m => m.source === 0)).toHaveLength(5)
  })

  it('ends after idleMs of silence and aborts and closes every source', async () => {
    const s = spies(2)
    const run = background(mergeStreams([synthetic('x', 3, 60_000, s[0]!), synthetic('y', 3, 60_000, s[1]!)], { idleMs: 300 }))
    await vi.advanceTimersByTimeAsync(310)
    expect(run.done).toBe(true)
    expect(run.out).toEqual([])
    await vi.advanceTimersByTimeAsync(0)
    expect(s.every(x => x.aborted && x.closed)).toBe(true)
  })

  it('closes every source when the consumer breaks early', async () => {
    const s = spies(3)
    const run = background(mergeStreams(s.map((spy, i) => synthetic(`s${i}`, 100, 10 * (i + 1), spy)), { idleMs: 300 }), 3)
    await vi.advanceTimersByTimeAsync(50)
    expect(run.done).toBe(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(s.every(x => x.aborted && x.closed)).toBe(true)
  })
})
