import { Hono } from 'hono'
import { useProblemDetails } from '../../../snippets/web-api/error-responses/error-handler.ts'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { RoomManager } from '../../../snippets/web-api/websockets/connection-manager.ts'
import { RedisBus, bridgeRooms } from '../../../snippets/web-api/websockets/redis-bus.ts'
import { createChatApp, serveWs, type WsServer } from '../../../snippets/web-api/websockets/server.ts'
import { gracefulClose, refuseWhileDraining, type Drain } from '../../../snippets/web-api/websockets/shutdown.ts'
import { startRedisServer, type RedisServer } from '../../support/redis-server.ts'
import { closeClient, connect, handshakeStatus, type Client } from './ws-client.ts'

let redis: RedisServer
beforeAll(async () => { redis = await startRedisServer() })
afterAll(() => redis.stop())

const clients: Client[] = []
let server: WsServer | undefined
afterEach(async () => {
  await Promise.all(clients.splice(0).map(closeClient))
  await server?.close()
  server = undefined
})

const handles = () => process.getActiveResourcesInfo().filter(r => r === 'TCPServerWrap' || r === 'TCPSocketWrap').length

describe('gracefulClose', () => {
  it('closes every client with 1012, refuses new upgrades with 503, closes Redis and leaves no handles', async () => {
    const before = handles()
    const drain: Drain = { draining: false }
    const rooms = new RoomManager()
    const bus = new RedisBus(redis.url, () => {})
    const app = new Hono().use(refuseWhileDraining(drain)).route('/', createChatApp(rooms, await bridgeRooms(bus, rooms)))
    const s = await serveWs(app)
    server = s
    const a = await connect(s.wsUrl('/ws/chat/ai'))
    const b = await connect(s.wsUrl('/ws/chat/ops'))
    const done = gracefulClose(s, drain, bus, { lingerMs: 500 })
    expect(await handshakeStatus(s.wsUrl('/ws/chat/ai'))).toBe(503) // while draining
    expect(await a.closed).toEqual({ code: 1012, reason: 'service restart' })
    expect(await b.closed).toEqual({ code: 1012, reason: 'service restart' })
    await done
    server = undefined
    await expect.poll(() => [bus.publisher.status, bus.subscriber.status]).toEqual(['end', 'end'])
    await new Promise(resolve => setImmediate(resolve))
    expect(handles()).toBeLessThanOrEqual(before)
  })

  it('without draining the same route upgrades normally', async () => {
    const drain: Drain = { draining: false }
    const app = useProblemDetails(new Hono()).use(refuseWhileDraining(drain)).route('/', createChatApp(new RoomManager()))
    server = await serveWs(app)
    expect(await handshakeStatus(server.wsUrl('/ws/chat/ai'))).toBe(101)
    expect(await handshakeStatus(server.wsUrl('/ws/chat/bad%20id'))).toBe(422) // validated before the upgrade
  })
})
