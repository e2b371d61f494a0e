import { describe, expect, it } from 'vitest'
import { ConnectionManager, FakeSocket, RoomManager, roomChat } from '../../../snippets/web-api/websockets/connection-manager.ts'
import { captureConsole } from '../../support/capture-console.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('ConnectionManager', () => {
  it('counts connects and disconnects and logs the total', () => {
    const events: string[] = []
    const manager = new ConnectionManager((event, fields) => events.push(`${event} ${String(fields?.total_connections)}`))
    const a = manager.connect(new FakeSocket())
    manager.connect(new FakeSocket())
    expect(a).toMatch(UUID)
    expect(manager.size).toBe(2)
    manager.disconnect(a)
    manager.disconnect(a) // twice: logged once
    expect(manager.size).toBe(1)
    expect(events).toEqual(['client_connected 1', 'client_connected 2', 'client_disconnected 1'])
  })

  it('broadcast excludes the sender and sendTo targets one client', () => {
    const manager = new ConnectionManager()
    const [s1, s2] = [new FakeSocket(), new FakeSocket()]
    const a = manager.connect(s1)
    const b = manager.connect(s2)
    expect(manager.broadcast({ n: 1 }, a)).toBe(1)
    expect(s1.sent).toEqual([])
    expect(s2.json()).toEqual([{ n: 1 }])
    expect(manager.sendTo(b, { n: 2 })).toBe(true)
    expect(manager.sendTo('nobody', { n: 3 })).toBe(false)
  })

  it('prunes a socket whose send throws and one that is CLOSED', () => {
    const manager = new ConnectionManager()
    const [ok, throwing, closed] = [new FakeSocket(), new FakeSocket(), new FakeSocket()]
    throwing.failSends = true
    closed.readyState = 3
    for (const s of [ok, throwing, closed]) manager.connect(s)
    expect(manager.broadcast({ hi: true })).toBe(1)
    expect(manager.size).toBe(1)
    expect(ok.sent).toHaveLength(1)
  })
})

describe('RoomManager', () => {
  it('deletes a room when its last member leaves, and keeps rooms apart', () => {
    const rooms = new RoomManager()
    const [s1, s2] = [new FakeSocket(), new FakeSocket()]
    const a = rooms.connect(s1)
    const b = rooms.connect(s2)
    rooms.joinRoom(a, 'ai')
    rooms.joinRoom(b, 'ops')
    rooms.broadcastToRoom('ai', { x: 1 })
    expect(s1.sent).toHaveLength(1)
    expect(s2.sent).toHaveLength(0)
    rooms.leaveRoom(a, 'ai')
    expect(rooms.getRoomsForClient(a)).toEqual([])
    expect(rooms.getRoomMembers('ai').size).toBe(0)
    expect(rooms.broadcastToRoom('ai', { x: 2 })).toBe(0)
  })

  it('disconnect removes a client from every room and prunes dead members', () => {
    const rooms = new RoomManager()
    const [s1, s2] = [new FakeSocket(), new FakeSocket()]
    const a = rooms.connect(s1)
    const b = rooms.connect(s2)
    for (const room of ['r1', 'r2']) rooms.joinRoom(a, room)
    rooms.joinRoom(b, 'r1')
    expect(rooms.getRoomsForClient(a).sort()).toEqual(['r1', 'r2'])
    rooms.disconnect(a)
    expect(rooms.getRoomsForClient(a)).toEqual([])
    expect([...rooms.getRoomMembers('r1')]).toEqual([b])
    s2.failSends = true
    rooms.broadcastToRoom('r1', { x: 1 })
    expect(rooms.size).toBe(0)
    expect(rooms.getRoomMembers('r1').size).toBe(0)
  })

  it('getRoomMembers returns a copy', () => {
    const rooms = new RoomManager()
    const a = rooms.connect(new FakeSocket())
    rooms.joinRoom(a, 'ai')
    rooms.getRoomMembers('ai').clear()
    expect(rooms.getRoomMembers('ai').has(a)).toBe(true)
  })

  it('room chat: join and leave notices go to the others, chat to everyone in the room', () => {
    const rooms = new RoomManager()
    const join = roomChat(rooms)
    const [s1, s2, s3] = [new FakeSocket(), new FakeSocket(), new FakeSocket()]
    const ada = join('ai', s1, 'ada')
    join('ai', s2, 'bob').close()
    join('ops', s3, 'cy')
    ada.message('hello')
    expect(s1.json().map(m => m.payload)).toEqual([{ text: 'bob joined' }, { text: 'bob left' }, { sender: 'ada', text: 'hello' }])
    expect(s3.sent).toEqual([])
  })
})

describe('connection-manager.demo.ts', () => {
  it('prints what each of the three clients received', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/websockets/connection-manager.demo.ts'))
    expect(lines).toEqual([
      'ada: {"text":"bob joined"} {"sender":"ada","text":"hi bob"} {"text":"bob left"}',
      'bob: {"sender":"ada","text":"hi bob"}',
      'cy: (nothing)',
      'rooms: ai=ada ops=cy',
    ])
  })
})
