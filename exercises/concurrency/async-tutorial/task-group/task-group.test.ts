import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { taskGroup } from './task-group.ts'
import type { Task } from './task-group.ts'

/** A sleep that rejects with the signal's reason when it aborts (like fetch or timers/promises). */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason) }, { once: true })
  })
}

const named = (log: string[], name: string, ms: number, failWith?: Error): Task<string> => async (signal) => {
  try { await sleep(ms, signal) }
  catch (error) { log.push(`${name} aborted`); throw error }
  if (failWith) throw failWith
  log.push(`${name} done`)
  return name
}

describe('taskGroup', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  it('returns results in spawn order, not completion order', async () => {
    const log: string[] = []
    const results = taskGroup([named(log, 'slow', 300), named(log, 'fast', 10), named(log, 'mid', 100)])
    await vi.advanceTimersByTimeAsync(300)
    expect(await results).toEqual(['slow', 'fast', 'mid'])
  })

  it('cancels the siblings when one task fails, and throws that original error', async () => {
    const log: string[] = []
    const failure = new Error('B failed')
    const outcome = taskGroup([named(log, 'A', 300), named(log, 'B', 100, failure), named(log, 'C', 300)])
      .catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(100)
    expect(await outcome, 'the group must throw the failing task\'s own error').toBe(failure)
    expect(log, 'A and C must see the abort at 100 ms (pass the group\'s signal)').toEqual(['A aborted', 'C aborted'])
    await vi.advanceTimersByTimeAsync(500)
    expect(log).not.toContain('A done')
  })

  it('rejects only after every task settled: no orphan still running', async () => {
    const log: string[] = []
    let rejected = false
    const outcome = taskGroup<string>([
      async () => { await sleep(400); log.push('stubborn settled'); return 'late' }, // ignores the signal
      named(log, 'B', 100, new Error('B failed')),
    ]).catch(() => { rejected = true })
    await vi.advanceTimersByTimeAsync(100)
    expect(rejected, 'the group rejected while a task was still running (an orphan)').toBe(false)
    await vi.advanceTimersByTimeAsync(300)
    await outcome
    expect(rejected).toBe(true)
    expect(log).toEqual(['stubborn settled'])
  })

  it('throws an AggregateError with both errors when two tasks fail', async () => {
    const first = new Error('first')
    const second = new Error('second')
    const outcome = taskGroup<string>([
      async () => { await sleep(50); throw first },
      async () => { await sleep(50); throw second },
    ]).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(50)
    const error = await outcome
    expect(error).toBeInstanceOf(AggregateError)
    expect(error).toMatchObject({ errors: [first, second] })
  })

  it('aborts the group when the outer signal aborts, and throws the outer reason', async () => {
    const log: string[] = []
    const outer = new AbortController()
    const outcome = taskGroup([named(log, 'A', 300), named(log, 'B', 300)], outer.signal)
      .catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(50)
    const reason = new Error('client went away')
    outer.abort(reason)
    await vi.advanceTimersByTimeAsync(500) // the starter would finish both tasks by now
    expect(await outcome).toBe(reason)
    expect(log).toEqual(['A aborted', 'B aborted'])
  })
})
