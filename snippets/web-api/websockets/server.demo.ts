// An echo server on loopback; Node's global WebSocket as the client.
import { createEchoApp, serveWs } from './server.ts'

const onClose = Promise.withResolvers<number>()
const app = createEchoApp({ onClosed: onClose.resolve })
const server = await serveWs(app)
const client = new WebSocket(server.wsUrl('/ws'))
const next = (type: 'open' | 'message' | 'close') =>
  new Promise<Event>(resolve =>
    client.addEventListener(type, resolve, { once: true }))
await next('open')
client.send('hi')
const reply = await next('message')
if (reply instanceof MessageEvent)
  console.log(`client got: ${String(reply.data)}`)
client.close(1000, 'bye')
console.log(`server onClose: ${await onClose.promise}`)
await server.close()
console.log('server closed')
