import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeSocket } from '../../../snippets/web-api/websockets/connection-manager.ts'
import { HEARTBEAT_PRESETS, answerPings, startHeartbeat } from '../../../snippets/web-api/websockets/heartbeat.ts'

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => { vi.useRealTimers() })

const pings = (s: FakeSocket) => s.json().filter(m => m.type === 'ping').length

describe('startHeartbeat', () => {
  it('pings after 30 s and terminates at 40 s when no pong came', () => {
    const socket = new FakeSocket()
    startHeartbeat(socket)
    vi.advanceTimersByTime(29_999)
    expect(pings(socket)).toBe(0)
    vi.advanceTimersByTime(1)
    expect(pings(socket)).toBe(1)
    vi.advanceTimersByTime(9_999)
    expect(socket.closed).toBeUndefined()
    vi.advanceTimersByTime(1)
    expect(socket.closed).toEqual({ code: 1006, reason: 'terminated' })
    expect(vi.getTimerCount()).toBe(0) // it stopped itself
  })

  it('a pong, or any message, resets the clock', () => {
    const socket = new FakeSocket()
    const beat = startHeartbeat(socket)
    for (let round = 0; round < 5; round++) {
      vi.advanceTimersByTime(round === 0 ? 35_000 : 30_000) // ping at 30, 60, … s
      beat.heard() // a pong 5 s after each ping, or a chat message
    }
    expect(socket.closed).toBeUndefined()
    expect(pings(socket)).toBe(5)
    beat.stop()
  })

  it('the presets are the guide\'s table', () => {
    expect(HEARTBEAT_PRESETS).toEqual({
      internal: { intervalMs: 30_000, timeoutMs: 10_000 },
      public: { intervalMs: 25_000, timeoutMs: 15_000 },
      mobile: { intervalMs: 20_000, timeoutMs: 15_000 },
      longRunning: { intervalMs: 15_000, timeoutMs: 10_000 },
    })
  })

  it.each(Object.entries(HEARTBEAT_PRESETS))('%s: ping at the interval, terminate interval + timeout later', (_name, settings) => {
    const socket = new FakeSocket()
    startHeartbeat(socket, settings)
    vi.advanceTimersByTime(settings.intervalMs)
    expect(pings(socket)).toBe(1)
    vi.advanceTimersByTime(settings.timeoutMs - 1)
    expect(socket.closed).toBeUndefined()
    vi.advanceTimersByTime(1)
    expect(socket.closed?.code).toBe(1006)
  })

  it('after stop (from onClose) no timer is left', () => {
    const beat = startHeartbeat(new FakeSocket())
    vi.advanceTimersByTime(30_000) // a timeout is pending now too
    expect(vi.getTimerCount()).toBe(2)
    beat.stop()
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('answerPings (client side)', () => {
  it('answers the server\'s ping frames with pong, and nothing else', () => {
    const listeners: Array<(event: { data: unknown }) => void> = []
    const sent: string[] = []
    answerPings({ addEventListener: (_type, l) => { listeners.push(l) }, send: d => { sent.push(d) } })
    for (const data of ['{"type":"ping"}', '{"type":"chat"}', new ArrayBuffer(1)]) listeners.forEach(l => l({ data }))
    expect(sent).toEqual(['{"type":"pong"}'])
  })
})
