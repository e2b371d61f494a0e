import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { abortableSleep, honoursSignal, ignoresSignal } from '../../../snippets/concurrency/async-tutorial/cancellation.ts'

describe('cancellation is cooperative (fake timers)', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  it('a task that ignores the signal runs all its steps; one that honours it stops at the abort', async () => {
    const log: string[] = []
    const controller = new AbortController()
    const ignoring = ignoresSignal(5, line => log.push(line), controller.signal)
    const honouring = honoursSignal(5, line => log.push(line), controller.signal)
    const honoured = expect(honouring).rejects.toThrow('stop')
    await vi.advanceTimersByTimeAsync(150)
    controller.abort(new Error('stop'))
    await honoured // at 150 ms, not at 500 ms
    expect(log).toEqual([])
    await vi.advanceTimersByTimeAsync(350)
    await ignoring
    expect(log).toEqual(['ignoresSignal: ran to completion'])
  })

  it('abortableSleep rejects at once on an already aborted signal and clears its timer', async () => {
    const controller = new AbortController()
    controller.abort(new Error('gone'))
    await expect(abortableSleep(1000, controller.signal)).rejects.toThrow('gone')
    const live = new AbortController()
    const sleeping = abortableSleep(1000, live.signal)
    live.abort(new Error('later'))
    await expect(sleeping).rejects.toThrow('later')
    expect(vi.getTimerCount()).toBe(0)
  })
})
