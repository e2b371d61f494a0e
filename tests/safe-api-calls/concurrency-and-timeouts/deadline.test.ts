import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { anySignal, deadline } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/deadline.ts'
import { CallTimeoutError, ClientAbortError, DeadlineExceededError, QueueTimeoutError } from '../../../snippets/safe-api-calls/concurrency-and-timeouts/timeoutErrors.ts'

describe('deadline()', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0)
    vi.useRealTimers()
  })

  it('aborts at exactly ms with the supplied error class', async () => {
    using d = deadline(300, () => new CallTimeoutError('attempt budget spent'))
    await vi.advanceTimersByTimeAsync(299)
    expect(d.signal.aborted).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(d.signal.aborted).toBe(true)
    expect(d.signal.reason).toBeInstanceOf(CallTimeoutError)
    expect(d.signal.reason).not.toBeInstanceOf(QueueTimeoutError)
  })

  it('disposing before expiry prevents the abort and clears the timer', async () => {
    const d = deadline(300, () => new QueueTimeoutError())
    expect(vi.getTimerCount()).toBe(1)
    d[Symbol.dispose]()
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(1000)
    expect(d.signal.aborted).toBe(false)
  })

  it('a composed signal keeps the first reason: the parent wins when it aborts earlier', async () => {
    const client = new AbortController()
    using sla = deadline(500, () => new DeadlineExceededError(), client.signal)
    using attempt = deadline(300, () => new CallTimeoutError(), sla.signal)
    await vi.advanceTimersByTimeAsync(100)
    client.abort(new ClientAbortError('caller left'))
    expect(attempt.signal.reason).toBeInstanceOf(ClientAbortError)
    expect(sla.signal.reason).toBeInstanceOf(ClientAbortError)
    await vi.advanceTimersByTimeAsync(1000)
    expect(attempt.signal.reason).toBeInstanceOf(ClientAbortError) // later timers change nothing
  })

  it('the child fires first when its budget is the smaller one', async () => {
    using sla = deadline(500, () => new DeadlineExceededError())
    using attempt = deadline(300, () => new CallTimeoutError(), sla.signal)
    await vi.advanceTimersByTimeAsync(300)
    expect(attempt.signal.reason).toBeInstanceOf(CallTimeoutError)
    expect(sla.signal.aborted).toBe(false)
  })

  it('remaining() decreases monotonically and never goes below 0', async () => {
    using d = deadline(250, () => new CallTimeoutError())
    const seen: number[] = []
    for (let i = 0; i < 6; i++) {
      seen.push(d.remaining())
      await vi.advanceTimersByTimeAsync(60)
    }
    expect(seen).toEqual([250, 190, 130, 70, 10, 0])
    expect(d.remaining()).toBe(0)
  })

  it('a deadline from an already-aborted parent is aborted at once with the parent reason', () => {
    const reason = new ClientAbortError()
    using d = deadline(300, () => new CallTimeoutError(), AbortSignal.abort(reason))
    expect(d.signal.aborted).toBe(true)
    expect(d.signal.reason).toBe(reason)
    expect(d.remaining()).toBe(0)
    expect(vi.getTimerCount()).toBe(0) // no timer was even armed
  })

  it('an infinite budget arms no timer and only follows its parent', async () => {
    const parent = new AbortController()
    using d = deadline(Number.POSITIVE_INFINITY, () => new DeadlineExceededError(), parent.signal)
    expect(vi.getTimerCount()).toBe(0)
    expect(d.remaining()).toBe(Number.POSITIVE_INFINITY)
    await vi.advanceTimersByTimeAsync(10_000_000)
    expect(d.signal.aborted).toBe(false)
    parent.abort(new ClientAbortError())
    expect(d.signal.reason).toBeInstanceOf(ClientAbortError)
  })

  it('a budget of zero or less is aborted from the start', () => {
    using d = deadline(-5, () => new DeadlineExceededError())
    expect(d.signal.reason).toBeInstanceOf(DeadlineExceededError)
  })

  it('keeps the parent reason even when nobody looked before its own timer fired', async () => {
    // Node 24 evaluates an unobserved AbortSignal.any lazily, in source order; the guard in
    // deadline() stops its own timer from overwriting an earlier parent abort.
    const client = new AbortController()
    using sla = deadline(500, () => new DeadlineExceededError(), client.signal)
    using attempt = deadline(300, () => new CallTimeoutError(), sla.signal)
    client.abort(new ClientAbortError())
    await vi.advanceTimersByTimeAsync(1000)
    expect(attempt.signal.reason).toBeInstanceOf(ClientAbortError)
    expect(sla.signal.reason).toBeInstanceOf(ClientAbortError)
  })

  it('anySignal passes a single source through and composes several', () => {
    const a = new AbortController()
    expect(anySignal(a.signal, undefined)).toBe(a.signal)
    expect(anySignal().aborted).toBe(false)
    const b = new AbortController()
    const both = anySignal(a.signal, b.signal)
    const seen: unknown[] = []
    both.addEventListener('abort', () => seen.push(both.reason)) // consumers listen, like undici
    b.abort(new Error('b first'))
    a.abort(new Error('a second'))
    expect((both.reason as Error).message).toBe('b first')
    expect(seen).toHaveLength(1)
  })
})
