import { afterEach, describe, expect, it } from 'vitest'
import { createEchoApp, serveWs, type WsServer } from '../../../snippets/web-api/websockets/server.ts'
import { captureConsole } from '../../support/capture-console.ts'
import { closeClient, connect, handshakeStatus, type Client } from './ws-client.ts'

let server: WsServer | undefined
const clients: Client[] = []
afterEach(async () => {
  await Promise.all(clients.splice(0).map(closeClient))
  await server?.close()
  server = undefined
})

const handles = () => process.getActiveResourcesInfo().filter(r => r === 'TCPServerWrap' || r === 'TCPSocketWrap').length

describe('serveWs + echo', () => {
  it('a client sending "hi" receives "Echo: hi"', async () => {
    server = await serveWs(createEchoApp())
    const client = await connect(server.wsUrl('/ws'))
    clients.push(client)
    client.socket.send('hi')
    expect(await client.next()).toBe('Echo: hi')
  })

  it('a clean client close reaches onClose with 1000', async () => {
    const closed = Promise.withResolvers<number>()
    server = await serveWs(createEchoApp({ onClosed: closed.resolve }))
    const client = await connect(server.wsUrl('/ws'))
    client.socket.close(1000, 'bye')
    expect(await closed.promise).toBe(1000)
    expect((await client.closed).code).toBe(1000)
  })

  it('a plain GET to the route is not upgraded and other paths are 404 at the handshake', async () => {
    server = await serveWs(createEchoApp())
    expect(await handshakeStatus(server.wsUrl('/ws'))).toBe(101)
    expect(await handshakeStatus(server.wsUrl('/nope'))).toBe(404)
  })

  it('shuts down with open clients and leaves no open handles', async () => {
    const before = handles()
    const s = await serveWs(createEchoApp())
    const client = await connect(s.wsUrl('/ws'))
    expect(handles()).toBeGreaterThan(before)
    await s.close()
    expect((await client.closed).code).toBe(1006) // terminated, not closed politely
    await new Promise(resolve => setImmediate(resolve))
    expect(handles()).toBeLessThanOrEqual(before) // the listener and both sockets are gone
  })
})

describe('server.demo.ts', () => {
  it('echoes, closes with 1000 and stops the server', async () => {
    const lines = await captureConsole(() => import('../../../snippets/web-api/websockets/server.demo.ts'))
    expect(lines).toEqual(['client got: Echo: hi', 'server onClose: 1000', 'server closed'])
  })
})
