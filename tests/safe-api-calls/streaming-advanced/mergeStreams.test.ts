// Fan-in with fake timers and synthetic sources: per-source order, one error marker per failing
// source, the shared idle timeout, and every source closed on every exit path.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { abortableSleep } from '../../../snippets/safe-api-calls/call-patterns/backoff.ts'
import { type Merged, mergeStreams, type Source } from '../../../snippets/safe-api-calls/streaming-advanced/mergeStreams.ts'

interface Spy { aborted: boolean, closed: boolean }

/** A source producing `count` chunks every `everyMs`, optionally throwing after `failAfter`. */
function synthetic(name: string, count: number, everyMs: number, spy: Spy, failAfter?: number): Source<string> {
  return async function* (signal) {
    signal.addEventListener('abort', () => { spy.aborted = true }, { once: true })
    try {
      for (let i = 0; i < count; i++) {
        if (i === failAfter)
          throw new Error(`${name} broke`)
        await abortableSleep(everyMs, signal)
        yield `${name}${i}`
      }
    }
    finally {
      spy.closed = true
    }
  }
}

const spies = (n: number): Spy[] => Array.from({ length: n }, () => ({ aborted: false, closed: false }))

async function drain<T>(it: AsyncIterable<Merged<T>>, limit = Infinity): Promise<Merged<T>[]> {
  const out: Merged<T>[] = []
  for await (const item of it) {
    out.push(item)
    if (out.length >= limit)
      break
  }
  return out
}

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => {
  expect(vi.getTimerCount()).toBe(0) // nothing left ticking after the merge
  vi.useRealTimers()
})

describe('mergeStreams', () => {
  it('keeps every source in its own order and loses nothing', async () => {
    const s = spies(3)
    const run = drain(mergeStreams([synthetic('a', 5, 10, s[0]!), synthetic('b', 4, 25, s[1]!), synthetic('c', 3, 40, s[2]!)], { idleMs: 300 }))
    await vi.runAllTimersAsync()
    const out = await run
    expect(out).toHaveLength(12)
    for (const [source, name, count] of [[0, 'a', 5], [1, 'b', 4], [2, 'c', 3]] as const) {
      const chunks = out.filter(m => m.source === source).map(m => ('chunk' in m ? m.chunk : 'error'))
      expect(chunks).toEqual(Array.from({ length: count }, (_, i) => `${name}${i}`))
    }
    expect(out.slice(0, 3).map(m => m.source)).toEqual([0, 0, 1]) // arrival order, interleaved
  })

  it('a source that fails after 3 chunks yields exactly one error marker; the others complete', async () => {
    const s = spies(2)
    const run = drain(mergeStreams([synthetic('ok', 6, 10, s[0]!), synthetic('bad', 10, 10, s[1]!, 3)], { idleMs: 300 }))
    await vi.runAllTimersAsync()
    const out = await run
    const errors = out.filter(m => 'error' in m)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ source: 1 })
    expect(out.filter(m => m.source === 1 && 'chunk' in m)).toHaveLength(3)
    expect(out.filter(m => m.source === 0 && 'chunk' in m)).toHaveLength(6)
  })

  it('all sources stalled past the idle timeout: the merge ends and every source is aborted and closed', async () => {
    const s = spies(3)
    const onIdle = vi.fn()
    const sources = s.map((spy, i) => synthetic(`s${i}`, 3, 60_000, spy))
    const run = drain(mergeStreams(sources, { idleMs: 300, onIdle }))
    await vi.advanceTimersByTimeAsync(299)
    expect(onIdle).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(await run).toEqual([])
    expect(onIdle).toHaveBeenCalledOnce()
    await vi.waitFor(() => expect(s.every(x => x.aborted && x.closed)).toBe(true))
  })

  it('a consumer that breaks early closes every source (return() reaches each one)', async () => {
    const s = spies(3)
    const returns: Array<ReturnType<typeof vi.fn>> = []
    const sources = s.map((spy, i): Source<string> => (signal) => {
      const it = synthetic(`s${i}`, 100, 10 * (i + 1), spy)(signal)[Symbol.asyncIterator]()
      const ret = vi.fn(() => it.return?.() ?? Promise.resolve({ done: true as const, value: undefined }))
      returns.push(ret)
      return { [Symbol.asyncIterator]: () => ({ next: () => it.next(), return: ret }) }
    })
    const run = drain(mergeStreams(sources, { idleMs: 300 }), 4)
    await vi.advanceTimersByTimeAsync(100)
    expect(await run).toHaveLength(4)
    for (const ret of returns)
      expect(ret).toHaveBeenCalledOnce()
    await vi.waitFor(() => expect(s.every(x => x.aborted && x.closed)).toBe(true))
  })
})
