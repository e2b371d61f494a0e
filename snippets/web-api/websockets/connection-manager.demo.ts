// /ws/chat/:roomId with three fake clients; ada and bob in "ai", cy in "ops".
import { FakeSocket, RoomManager } from './connection-manager.ts'
import { roomChat } from './connection-manager.ts'

const rooms = new RoomManager()
const join = roomChat(rooms)
const sockets = { ada: new FakeSocket(), bob: new FakeSocket(), cy: new FakeSocket() }
const ada = join('ai', sockets.ada, 'ada')
const bob = join('ai', sockets.bob, 'bob')
join('ops', sockets.cy, 'cy')
ada.message('hi bob')
bob.close()
for (const [name, socket] of Object.entries(sockets))
  console.log(`${name}: ${socket.json().map(m => JSON.stringify(m.payload)).join(' ') || '(nothing)'}`)
console.log(`rooms: ai=${[...rooms.getRoomMembers('ai')].join(',')} ops=${[...rooms.getRoomMembers('ops')].join(',')}`)
