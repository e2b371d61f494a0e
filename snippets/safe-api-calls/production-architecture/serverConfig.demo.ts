import { setTimeout as sleep } from 'node:timers/promises'
import { Hono } from 'hono'
import { closeServer, listenWithBacklog, rawClient } from './serverConfig.ts'

const app = new Hono().get('/', c => c.text('ok'))
const server = await listenWithBacklog(app, {
  host: '127.0.0.1', port: 0, backlog: 200, keepAliveMs: 300, // scaled: 300 ms instead of 5 s
  keepAliveBufferMs: 0, headersTimeoutMs: 1_000, requestTimeoutMs: 2_000,
})
const { port } = server.address() as { port: number }
const client = await rawClient(port)
await client.get()
await sleep(100)
console.log(`after 100 ms: ${client.closed() ? 'socket closed, new handshake' : 'same socket reused'}`)
await client.get()
await sleep(500)
const after = client.closed() ? 'server closed it, next request needs a new socket' : 'still open'
console.log(`after 500 ms idle: ${after}`)
await closeServer(server)
