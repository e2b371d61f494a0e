// The router against a fake socket, with a fixed clock.
import { FakeSocket } from './connection-manager.ts'
import { createRouter, exampleHandlers } from './protocol.ts'

const socket = new FakeSocket()
const route = createRouter(exampleHandlers, () => new Date('2026-01-01T12:00:00Z'))
await route('{"type":"chat","payload":{"text":"hello"},"request_id":"r1"}', socket)
await route('{"type":"subscribe","request_id":"r2"}', socket)
await route('{"type":"unknown_thing"}', socket)
await route('{"type":"chat","payload":{}}', socket)
await route('not json', socket)
const short = (s: string) => (s.length > 52 ? `${s.slice(0, 51)}…` : s)
for (const { type, payload, request_id } of socket.json())
  console.log(`${String(type)} ${short(JSON.stringify(payload))} id=${String(request_id)}`)
console.log(`socket still open: ${socket.readyState === 1}`)
