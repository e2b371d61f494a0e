import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { timed, timedSync } from '../../../snippets/core-concepts/decorators/timed.ts'

const sleep = (ms: number) => new Promise<void>(done => setTimeout(done, ms))

function recorder() {
  const reports: number[] = []
  return { reports, report: (ms: number) => void reports.push(ms) }
}

describe('timing wrappers (fake clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('timed: an async function resolving after 200 ms reports 200 ms, once it has settled', async () => {
    const { reports, report } = recorder()
    async function loadReport() {
      await sleep(200)
      return 'report'
    }
    const pending = timed(loadReport, report)()
    expect(reports).toEqual([]) // still running: nothing to report yet
    await vi.advanceTimersByTimeAsync(200)
    await expect(pending).resolves.toBe('report')
    expect(reports).toEqual([200])
  })

  it('timedSync on the same async function measures only the Promise creation: 0 ms', async () => {
    const { reports, report } = recorder()
    async function loadReport() {
      await sleep(200)
    }
    const pending = timedSync(loadReport, report)()
    expect(reports).toEqual([0])
    await vi.advanceTimersByTimeAsync(200)
    await pending
  })

  it('a sync function reports the time that passed while it ran', () => {
    const { reports, report } = recorder()
    function crunch(n: number) {
      vi.advanceTimersByTime(30) // the clock moves while the function works
      return n * 2
    }
    expect(timed(crunch, report)(21)).toBe(42)
    expect(timedSync(crunch, report)(1)).toBe(2)
    expect(reports).toEqual([30, 30])
  })

  it('a rejecting function still reports its duration, and the caller gets the same error object', async () => {
    const { reports, report } = recorder()
    const error = new Error('upstream down')
    async function callUpstream() {
      await sleep(120)
      throw error
    }
    const pending = timed(callUpstream, report)()
    const settled = pending.then(() => 'resolved', (reason: unknown) => reason)
    await vi.advanceTimersByTimeAsync(120)
    expect(await settled).toBe(error)
    expect(reports).toEqual([120])
  })

  it('a throwing sync function reports and rethrows the same error object', () => {
    const { reports, report } = recorder()
    const error = new TypeError('bad input')
    const parse = timed((): never => {
      vi.advanceTimersByTime(5)
      throw error
    }, report)
    let caught: unknown
    try {
      parse()
    }
    catch (thrown) {
      caught = thrown
    }
    expect(caught).toBe(error)
    expect(reports).toEqual([5])
  })

  it('returns the caller the very Promise the function returned', () => {
    const promise = Promise.resolve(1)
    expect(timed(() => promise, () => {})()).toBe(promise)
  })
})

describe('timed demo (real clock)', () => {
  it('prints about 0 ms for the sync timer and about 200 ms for the async-aware one', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/decorators/timed.demo.ts'))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe('timedSync: ~0 ms')
    // A real 200 ms timer fires at 200 ms or a little later on a loaded machine.
    expect(lines[1]).toMatch(/^timed: ~(200|300) ms$/)
  })
})
