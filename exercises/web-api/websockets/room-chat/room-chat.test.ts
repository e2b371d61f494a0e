import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeSocket } from '../../../../snippets/web-api/websockets/connection-manager.ts'
import { Heartbeat, RoomManager } from './room-chat.ts'

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => { vi.useRealTimers() })

const texts = (s: FakeSocket) => s.json().map(m => String(m.text))

function setup(...placements: Array<[id: string, room: string]>) {
  const rooms = new RoomManager()
  const sockets = new Map<string, FakeSocket>()
  for (const [id, room] of placements) {
    const socket = sockets.get(id) ?? new FakeSocket()
    sockets.set(id, socket)
    rooms.connect(id, socket)
    rooms.join(id, room)
  }
  const socket = (id: string) => sockets.get(id) ?? new FakeSocket()
  return { rooms, socket }
}

describe('RoomManager', () => {
  it('join notices go to the others, not the joiner; leave notices to those who stay', () => {
    const { rooms, socket } = setup(['ada', 'ai'], ['bob', 'ai'])
    expect(texts(socket('ada'))).toEqual(['bob joined'])
    expect(texts(socket('bob'))).toEqual([])
    rooms.leave('bob', 'ai')
    expect(texts(socket('ada'))).toEqual(['bob joined', 'bob left'])
    expect(rooms.members('ai')).toEqual(['ada'])
  })

  it('keeps rooms apart and honours exclude', () => {
    const { rooms, socket } = setup(['ada', 'ai'], ['bob', 'ai'], ['cy', 'ops'])
    expect(rooms.broadcastToRoom('ai', { text: 'hi' }, 'ada')).toBe(1)
    expect(texts(socket('bob'))).toEqual(['hi'])
    expect(texts(socket('cy'))).toEqual([])
  })

  it('prunes a member whose send fails or whose socket is closed', () => {
    const { rooms, socket } = setup(['ada', 'ai'], ['bob', 'ai'], ['cy', 'ai'])
    socket('bob').failSends = true
    socket('cy').readyState = 3
    expect(rooms.broadcastToRoom('ai', { text: 'x' })).toBe(1)
    expect(rooms.members('ai')).toEqual(['ada'])
    expect(rooms.size).toBe(1)
  })

  it('deletes a room when its last member leaves', () => {
    const { rooms } = setup(['ada', 'ai'])
    rooms.leave('ada', 'ai')
    expect(rooms.members('ai')).toEqual([])
    expect(rooms.roomCount).toBe(0)
  })

  it('disconnect removes a client from every room', () => {
    const { rooms, socket } = setup(['ada', 'ai'], ['ada', 'ops'], ['bob', 'ops'])
    rooms.disconnect('ada')
    expect(rooms.members('ai')).toEqual([])
    expect(rooms.members('ops')).toEqual(['bob'])
    expect(texts(socket('bob'))).toEqual(['ada left'])
    expect([rooms.size, rooms.roomCount]).toEqual([1, 1])
  })
})

describe('Heartbeat', () => {
  const pings = (s: FakeSocket) => s.json().filter(m => m.type === 'ping').length

  it('pings every 30 s and terminates after 10 s of silence', () => {
    const socket = new FakeSocket()
    new Heartbeat(socket).start()
    vi.advanceTimersByTime(30_000)
    expect(pings(socket)).toBe(1)
    vi.advanceTimersByTime(9_999)
    expect(socket.closed).toBeUndefined()
    vi.advanceTimersByTime(1)
    expect(socket.closed?.code).toBe(1006) // terminated
    expect(vi.getTimerCount()).toBe(0)
  })

  it('tracks last heard: any message keeps the peer alive', () => {
    const socket = new FakeSocket()
    const beat = new Heartbeat(socket)
    beat.start()
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersByTime(i === 0 ? 35_000 : 30_000)
      beat.heard()
    }
    expect(socket.closed).toBeUndefined()
    expect(pings(socket)).toBe(4)
    beat.stop()
  })

  it('leaves zero timers after close', () => {
    const beat = new Heartbeat(new FakeSocket())
    beat.start()
    vi.advanceTimersByTime(30_000)
    expect(vi.getTimerCount()).toBeGreaterThan(0)
    beat.stop()
    expect(vi.getTimerCount()).toBe(0)
  })
})
