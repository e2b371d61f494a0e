import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket as WsClient } from 'ws'
import { ConnectionManager, FakeSocket } from '../../../snippets/web-api/websockets/connection-manager.ts'
import { BusinessError, createLifecycleApp, isolateErrors, type Connection } from '../../../snippets/web-api/websockets/lifecycle.ts'
import { serveWs, type WsServer } from '../../../snippets/web-api/websockets/server.ts'
import { until } from '../../support/timing.ts'
import { closeClient, connect, type Client } from './ws-client.ts'

let server: WsServer | undefined
const clients: Client[] = []
afterEach(async () => {
  await Promise.all(clients.splice(0).map(closeClient))
  await server?.close()
  server = undefined
})

const timers = () => process.getActiveResourcesInfo().filter(r => r === 'Timeout').length

describe('lifecycle: allocate in onOpen, release in onClose', () => {
  it('100 connections opened and abruptly terminated leave the manager empty and no timers', async () => {
    const manager = new ConnectionManager()
    const signals: AbortSignal[] = []
    server = await serveWs(createLifecycleApp({ manager, handle: async () => {}, setup: c => signals.push(c.signal) }))
    const before = timers()
    const sockets = await Promise.all(Array.from({ length: 100 }, () => new Promise<WsClient>((resolve, reject) => {
      const ws = new WsClient(server!.wsUrl('/ws'))
      ws.once('open', () => resolve(ws))
      ws.once('error', reject)
    })))
    await until(() => manager.size === 100)
    expect(timers()).toBeGreaterThan(before) // one heartbeat interval per connection
    for (const ws of sockets) ws.terminate() // no close frame: the server sees 1006
    await until(() => manager.size === 0)
    expect(timers()).toBeLessThanOrEqual(before) // every heartbeat cleared
    expect(signals.every(s => s.aborted)).toBe(true) // per-connection work was told to stop
  })

  it('a business error and an unexpected error each give an error frame; the socket stays open', async () => {
    const logs: string[] = []
    const handle = async (data: string, conn: Connection) => {
      if (data === 'business') throw new BusinessError('Room is full')
      if (data === 'bug') throw new TypeError('x is undefined')
      JSON.parse(data)
      conn.socket.send('ok')
    }
    server = await serveWs(createLifecycleApp({ manager: new ConnectionManager(), handle, log: e => logs.push(e) }))
    const client = await connect(server.wsUrl('/ws'))
    clients.push(client)
    for (const data of ['business', 'bug', 'not json', '{}']) client.socket.send(data)
    const replies = [await client.next(), await client.next(), await client.next(), await client.next()]
    expect(replies.slice(0, 3).map(r => (JSON.parse(r) as { payload: { message: string } }).payload.message))
      .toEqual(['Room is full', 'Internal server error', 'Invalid JSON'])
    expect(replies[3]).toBe('ok')
    expect(logs).toEqual(['message_failed'])
    expect(client.socket.readyState).toBe(WebSocket.OPEN)
  })

  it('an error outside message handling closes with 1011', async () => {
    const manager = new ConnectionManager()
    server = await serveWs(createLifecycleApp({ manager, handle: async () => {}, setup: () => { throw new Error('session store down') } }))
    const client = await connect(server.wsUrl('/ws'))
    expect(await client.closed).toEqual({ code: 1011, reason: 'internal error' })
    await until(() => manager.size === 0)
  })

  it('isolateErrors never sends to a socket that is no longer open', async () => {
    const socket = new FakeSocket()
    socket.readyState = 3
    await isolateErrors(async () => { throw new BusinessError('late') }, socket, () => {})('x')
    expect(socket.sent).toEqual([])
  })
})
