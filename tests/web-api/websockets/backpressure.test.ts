import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FLUSH_DEADLINE_MS, Fanout, HARD_LIMIT, SOFT_LIMIT, boundedSend } from '../../../snippets/web-api/websockets/backpressure.ts'
import { FakeSocket } from '../../../snippets/web-api/websockets/connection-manager.ts'

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => { vi.useRealTimers() })

describe('boundedSend', () => {
  it('pins the kit limits: 1 MiB soft, 2 MiB hard, 5 s flush deadline', () => {
    expect([SOFT_LIMIT, HARD_LIMIT, FLUSH_DEADLINE_MS]).toEqual([1_048_576, 2_097_152, 5_000])
  })

  it('above 1 MiB a client misses only non-essential messages', () => {
    const socket = new FakeSocket()
    socket.bufferedAmount = SOFT_LIMIT
    expect(boundedSend(socket, 'typing…', false)).toBe('skipped')
    expect(boundedSend(socket, 'answer', true)).toBe('sent')
    expect(socket.sent).toEqual(['answer'])
  })

  it('at 2 MiB the client is closed with 1013', () => {
    const socket = new FakeSocket()
    socket.bufferedAmount = HARD_LIMIT
    expect(boundedSend(socket, 'x', true)).toBe('evicted')
    expect(socket.closed).toEqual({ code: 1013, reason: 'slow consumer' })
  })
})

describe('Fanout', () => {
  it('fast clients get every message while a stalled one fills up to 2 MiB and is evicted with 1013', async () => {
    const fanout = new Fanout()
    const fast = [new FakeSocket(), new FakeSocket()]
    const slow = new FakeSocket()
    slow.stalled = true
    fast.forEach((s, i) => fanout.clients.set(`fast${i}`, s))
    fanout.clients.set('slow', slow)
    const chunk = 'x'.repeat(256 * 1024)
    for (let i = 0; i < 12; i++) {
      fanout.broadcast({ i, chunk })
      await Promise.resolve() // fast clients flush
    }
    for (const s of fast) expect(s.sent).toHaveLength(12)
    expect(slow.closed?.code).toBe(1013)
    expect(slow.bufferedAmount).toBeLessThan(HARD_LIMIT)
    expect([...fanout.clients.keys()]).toEqual(['fast0', 'fast1'])
    vi.advanceTimersByTime(FLUSH_DEADLINE_MS) // the fast ones flushed: no deadline fires
    expect(fast.map(s => s.closed)).toEqual([undefined, undefined])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('a client that never flushes is evicted after 5 s; broadcast itself returns at once', async () => {
    const fanout = new Fanout()
    const stuck = new FakeSocket()
    stuck.stalled = true
    fanout.clients.set('stuck', stuck)
    const started = performance.now()
    expect(fanout.broadcast({ small: true })).toEqual({ sent: 1, skipped: 0, evicted: 0 })
    expect(performance.now() - started).toBeLessThan(50)
    vi.advanceTimersByTime(FLUSH_DEADLINE_MS - 1)
    expect(stuck.closed).toBeUndefined()
    vi.advanceTimersByTime(1)
    expect(stuck.closed).toEqual({ code: 1013, reason: 'send timeout' })
    expect(fanout.clients.size).toBe(0)
  })

  it('a skipped non-essential message leaves the client connected', () => {
    const fanout = new Fanout()
    const busy = new FakeSocket()
    busy.bufferedAmount = SOFT_LIMIT + 1
    fanout.clients.set('busy', busy)
    expect(fanout.broadcast({ typing: true }, false)).toEqual({ sent: 0, skipped: 1, evicted: 0 })
    expect(fanout.clients.has('busy')).toBe(true)
  })
})
