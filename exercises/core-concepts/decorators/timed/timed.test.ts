import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type Timing, timed } from './timed.ts'

const sleep = (ms: number) => new Promise<void>(done => setTimeout(done, ms))

function recorder() {
  const timings: Timing[] = []
  return { timings, onTiming: (timing: Timing) => void timings.push(timing) }
}

/** Runs `call` and returns what it threw (or rejected with), failing if it did not. */
async function caught(call: () => unknown): Promise<unknown> {
  try {
    await call()
  }
  catch (error) {
    return error
  }
  throw new Error('expected the call to fail')
}

describe('timed', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('times an async function until its Promise resolves, and passes the value through', async () => {
    const { timings, onTiming } = recorder()
    async function loadReport(id: string) {
      await sleep(200)
      return `report ${id}`
    }
    const pending = timed(loadReport, { onTiming })('7')
    expect(timings).toEqual([]) // nothing to report while it runs
    await vi.advanceTimersByTimeAsync(200)
    await expect(pending).resolves.toBe('report 7')
    expect(timings).toEqual([{ name: 'loadReport', ms: 200, ok: true }])
  })

  it('times a rejected Promise with ok: false, and the caller gets the same error object', async () => {
    const { timings, onTiming } = recorder()
    const error = new Error('upstream 503')
    async function callUpstream() {
      await sleep(120)
      throw error
    }
    const failure = caught(() => timed(callUpstream, { onTiming })())
    await vi.advanceTimersByTimeAsync(120)
    expect(await failure).toBe(error)
    expect(timings).toEqual([{ name: 'callUpstream', ms: 120, ok: false }])
  })

  it('times a sync function by the time that passed while it ran', () => {
    const { timings, onTiming } = recorder()
    function crunch(n: number) {
      vi.advanceTimersByTime(30)
      return n * 2
    }
    expect(timed(crunch, { onTiming })(21)).toBe(42)
    expect(timings).toEqual([{ name: 'crunch', ms: 30, ok: true }])
  })

  it('reports a sync throw once with ok: false and rethrows the same error object', async () => {
    const { timings, onTiming } = recorder()
    const error = new TypeError('bad input')
    function parse(): never {
      vi.advanceTimersByTime(5)
      throw error
    }
    expect(await caught(() => timed(parse, { onTiming })())).toBe(error)
    expect(timings).toEqual([{ name: 'parse', ms: 5, ok: false }])
  })

  it('calls onTiming exactly once per call', async () => {
    const { timings, onTiming } = recorder()
    async function ping() {
      await sleep(10)
      return 'pong'
    }
    const timedPing = timed(ping, { onTiming })
    const calls = [timedPing(), timedPing(), timedPing()]
    await vi.advanceTimersByTimeAsync(10)
    await Promise.all(calls)
    expect(timings).toHaveLength(3)
  })

  it('keeps the name and length of the wrapped function', () => {
    function fetchUser(id: string, signal?: AbortSignal) {
      return { id, aborted: signal?.aborted ?? false }
    }
    const wrapped = timed(fetchUser, recorder())
    expect(wrapped.name).toBe('fetchUser')
    expect(wrapped.length).toBe(2)
  })

  it('forwards `this` when it wraps a class method', () => {
    const { timings, onTiming } = recorder()
    class Account {
      balance = 42
      read(plus: number) {
        return this.balance + plus
      }
    }
    Account.prototype.read = timed(Account.prototype.read, { onTiming })
    expect(new Account().read(1)).toBe(43)
    expect(timings).toEqual([{ name: 'read', ms: 0, ok: true }])
  })
})
