import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { RoomManager } from '../../../snippets/web-api/websockets/connection-manager.ts'
import { MemoryBus, RedisBus, bridgeRooms, type Bus } from '../../../snippets/web-api/websockets/redis-bus.ts'
import { createChatApp, serveWs, type WsServer } from '../../../snippets/web-api/websockets/server.ts'
import { startRedisServer, type RedisServer } from '../../support/redis-server.ts'
import { closeClient, connect, type Client } from './ws-client.ts'

interface Instance { server: WsServer, bus: Bus, rooms: RoomManager }
const instances: Instance[] = []
const clients: Client[] = []
afterEach(async () => {
  await Promise.all(clients.splice(0).map(closeClient))
  for (const { server, bus } of instances.splice(0)) {
    await server.close()
    // Terminating the sockets can race a last "left" publish with QUIT: ioredis then reports the
    // connection closed, which is the state wanted. Anything else still fails the test.
    await bus.close().catch((error: unknown) => {
      if (!String(error).includes('Connection is closed'))
        throw error
    })
  }
})

async function instance(bus: Bus): Promise<Instance> {
  const rooms = new RoomManager()
  const server = await serveWs(createChatApp(rooms, await bridgeRooms(bus, rooms)))
  const made = { server, bus, rooms }
  instances.push(made)
  return made
}

async function join(on: Instance, room: string): Promise<Client> {
  const client = await connect(on.server.wsUrl(`/ws/chat/${room}`))
  clients.push(client)
  return client
}

const payloadOf = (raw: string) => (JSON.parse(raw) as { payload: Record<string, unknown> }).payload

/** Messages a client got until its marker arrives: proves "exactly once" without sleeping. */
async function until(client: Client, marker: string): Promise<string[]> {
  const seen: string[] = []
  for (;;) {
    const { text } = payloadOf(await client.next())
    if (text === marker) return seen
    seen.push(String(text))
  }
}

function scenarios(makeBuses: () => [Bus, Bus]) {
  it('a broadcast from a client on instance 1 reaches clients on both instances exactly once', async () => {
    const [bus1, bus2] = makeBuses()
    const [one, two] = [await instance(bus1), await instance(bus2)]
    const a = await join(one, 'ai')
    const b = await join(two, 'ai')
    const c = await join(one, 'ai')
    a.socket.send('hello')
    a.socket.send('end')
    for (const client of [a, b, c])
      expect((await until(client, 'end')).filter(text => text === 'hello')).toHaveLength(1)
  })

  it('a room message reaches only that room on both instances; exclude works across instances', async () => {
    const [bus1, bus2] = makeBuses()
    const [one, two] = [await instance(bus1), await instance(bus2)]
    const ai1 = await join(one, 'ai')
    const ops2 = await join(two, 'ops')
    const ai2 = await join(two, 'ai')
    ai2.socket.send('for ai')
    ops2.socket.send('for ops')
    expect(await until(ai1, 'for ai')).toEqual([expect.stringMatching(/ joined$/)]) // ai2's notice
    expect(await until(ops2, 'for ops')).toEqual([]) // no "ai" traffic, no notice of itself
    expect((await until(ai2, 'for ai')).filter(t => t.endsWith(' joined'))).toHaveLength(0) // excluded: own notice
  })
}

describe('MemoryBus (no Redis)', () => {
  scenarios(() => {
    const shared = new MemoryBus() // both instances in one process share it
    return [shared, shared]
  })
})

describe('RedisBus (real Redis, two instances on two ports)', () => {
  let redis: RedisServer
  const logs: string[] = []
  beforeAll(async () => { redis = await startRedisServer() })
  afterAll(() => redis.stop())

  scenarios(() => [new RedisBus(redis.url, event => logs.push(event)), new RedisBus(redis.url, event => logs.push(event))])

  it('drops and logs a malformed bus message; uses separate publisher and subscriber connections', async () => {
    const seen: string[] = []
    const bus = new RedisBus(redis.url, event => seen.push(event))
    const delivered: unknown[] = []
    await bus.subscribe(m => delivered.push(m.payload))
    expect(bus.publisher).not.toBe(bus.subscriber)
    const admin = new Redis(redis.url)
    try {
      await admin.publish('ws:broadcast', 'not json')
      await admin.publish('ws:broadcast', '{"payload":"no room"}')
      await bus.publish({ room: 'ai', payload: 'ok' })
      await expect.poll(() => delivered).toEqual(['ok'])
      expect(seen.filter(e => e === 'bus_message_dropped')).toHaveLength(2)
      const list = await admin.client('LIST')
      expect(String(list).split('\n').filter(line => line.includes('cmd=subscribe')).length).toBeGreaterThanOrEqual(1)
      expect(await bus.publisher.ping()).toBe('PONG') // the publisher is not in subscriber mode
    }
    finally {
      await admin.quit()
      await bus.close()
    }
  })
})
