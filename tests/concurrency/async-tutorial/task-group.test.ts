import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { abortableSleep } from '../../../snippets/concurrency/async-tutorial/cancellation.ts'
import { firstAnswer, loadPage, TaskGroup, taskGroup } from '../../../snippets/concurrency/async-tutorial/task-group.ts'
import type { Task } from '../../../snippets/concurrency/async-tutorial/task-group.ts'

describe('task-group (fake timers)', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  /** A task that logs its fate: done, aborted (having seen the signal), or failed. */
  const tracked = (log: string[], name: string, ms: number, failWith?: Error): Task<string> => async (signal) => {
    try { await abortableSleep(ms, signal) }
    catch (error) { log.push(`${name} aborted`); throw error }
    if (failWith) throw failWith
    log.push(`${name} done`)
    return name
  }

  it('when B fails at 100 ms, A and C observe the abort, never reach done, and the group throws B', async () => {
    const log: string[] = []
    const failure = new Error('B failed')
    const group = new TaskGroup<string>()
    group.spawn(tracked(log, 'A', 300))
    group.spawn(tracked(log, 'B', 100, failure))
    group.spawn(tracked(log, 'C', 300))
    let activeWhenRejected = -1
    const outcome = group.wait().catch((error: unknown) => { activeWhenRejected = group.active; return error })
    await vi.advanceTimersByTimeAsync(100)
    expect(group.signal.aborted).toBe(true)
    expect(group.signal.reason).toBe(failure)
    expect(await outcome).toBe(failure) // the original error, not an AggregateError of aborts
    expect(activeWhenRejected).toBe(0)
    expect(log).toEqual(['A aborted', 'C aborted'])
    await vi.advanceTimersByTimeAsync(500)
    expect(log).not.toContain('A done')
    expect(log).not.toContain('C done')
  })

  it('rejects only after a sibling that ignores the signal has settled: no orphans', async () => {
    const log: string[] = []
    const group = new TaskGroup<string>()
    group.spawn(async () => { await abortableSleep(400); log.push('stubborn settled'); return 'late' })
    group.spawn(tracked(log, 'B', 100, new Error('B failed')))
    let rejectedAt = -1
    const outcome = group.wait().catch(() => { rejectedAt = Date.now() })
    const start = Date.now()
    await vi.advanceTimersByTimeAsync(100)
    expect(rejectedAt).toBe(-1)
    expect(group.active).toBe(1)
    await vi.advanceTimersByTimeAsync(300)
    await outcome
    expect(rejectedAt - start).toBe(400)
    expect(log).toEqual(['stubborn settled'])
    expect(group.active).toBe(0)
  })

  it('two failures produce an AggregateError containing both', async () => {
    const first = new Error('first')
    const second = new Error('second')
    const outcome = taskGroup<string>([
      async () => { await abortableSleep(50); throw first },
      async () => { await abortableSleep(50); throw second }, // ignores the signal, fails too
    ]).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(50)
    const error = await outcome
    expect(error).toBeInstanceOf(AggregateError)
    expect((error as AggregateError).errors).toEqual([first, second])
  })

  it('all success returns results in spawn order, not completion order', async () => {
    const log: string[] = []
    const results = taskGroup([tracked(log, 'slow', 300), tracked(log, 'fast', 10), tracked(log, 'mid', 100)])
    await vi.advanceTimersByTimeAsync(300)
    expect(await results).toEqual(['slow', 'fast', 'mid'])
    expect(log).toEqual(['fast done', 'mid done', 'slow done'])
  })

  it('a task that throws synchronously fails the group like any other', async () => {
    const outcome = taskGroup<number>([() => { throw new Error('sync boom') }])
    await expect(outcome).rejects.toThrow('sync boom')
  })

  it('an outer signal aborts the group: tasks stop and the group throws the outer reason', async () => {
    const log: string[] = []
    const outer = new AbortController()
    const outcome = loadPage(async (part, signal) => { await abortableSleep(200, signal); log.push(part); return part },
      outer.signal).catch((error: unknown) => error)
    await vi.advanceTimersByTimeAsync(50)
    const reason = new Error('client went away')
    outer.abort(reason)
    expect(await outcome).toBe(reason)
    expect(log).toEqual([])
  })

  it('loadPage returns the three parts in order', async () => {
    const parts = loadPage(async (part, signal) => { await abortableSleep(part.length, signal); return part.toUpperCase() })
    await vi.advanceTimersByTimeAsync(20)
    expect(await parts).toEqual(['PROFILE', 'ORDERS', 'RECOMMENDATIONS'])
  })

  it('leaving an await using scope early aborts the remaining tasks and waits for them', async () => {
    const log: string[] = []
    const answer = firstAnswer([tracked(log, 'replica-1', 300), tracked(log, 'replica-2', 50), tracked(log, 'replica-3', 300)])
    let settled = false
    void answer.then(() => { settled = true })
    await vi.advanceTimersByTimeAsync(50)
    expect(await answer).toBe('replica-2')
    expect(settled).toBe(true)
    expect(log).toEqual(['replica-2 done', 'replica-1 aborted', 'replica-3 aborted']) // before returning
    expect(vi.getTimerCount()).toBe(0) // nothing left running
  })

  it('an await using scope that exits with an error still waits for its tasks', async () => {
    const log: string[] = []
    const scope = async () => {
      await using group = new TaskGroup<string>()
      group.spawn(tracked(log, 'A', 300))
      await abortableSleep(10)
      throw new Error('handler bug')
    }
    const outcome = scope().catch((error: unknown) => { log.push(`scope threw: ${String(error)}`) })
    await vi.advanceTimersByTimeAsync(10)
    await outcome
    expect(log).toEqual(['A aborted', 'scope threw: Error: handler bug'])
  })

  it('firstAnswer rejects when every source fails', async () => {
    const answer = firstAnswer([async () => { throw new Error('down') }])
    await expect(answer).rejects.toThrow('down')
  })
})
