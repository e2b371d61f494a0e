import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { FakeSocket, RoomManager } from '../../../../snippets/web-api/websockets/connection-manager.ts'
import { MemoryBus, bridgeRooms, type Bus } from '../../../../snippets/web-api/websockets/redis-bus.ts'
import { startRedisServer, type RedisServer } from '../../../../tests/support/redis-server.ts'
import { RedisBus } from './scale-out.ts'

interface Instance { rooms: RoomManager, publish: Awaited<ReturnType<typeof bridgeRooms>> }
const buses: Bus[] = []
afterEach(async () => { for (const bus of buses.splice(0)) await bus.close() })

async function instance(bus: Bus): Promise<Instance> {
  buses.push(bus)
  const rooms = new RoomManager()
  return { rooms, publish: await bridgeRooms(bus, rooms) }
}

function place(on: Instance, id: string, room: string): FakeSocket {
  const socket = new FakeSocket()
  on.rooms.connect(socket, id)
  on.rooms.joinRoom(id, room)
  return socket
}

const payloads = (s: FakeSocket) => s.json().map(m => String(m.text))

function scenarios(makeBus: () => Bus | [Bus, Bus]) {
  it('delivers room messages across instances exactly once, honouring exclude', async () => {
    const made = makeBus()
    const [b1, b2] = Array.isArray(made) ? made : [made, makeBus() as Bus]
    const one = await instance(b1)
    const two = await instance(b2)
    const a = place(one, 'a', 'ai')
    const b = place(two, 'b', 'ai')
    const c = place(two, 'c', 'ops')
    const d = place(one, 'd', 'ai')
    one.publish('ai', { text: 'hello' }, 'a')
    one.publish('ai', { text: 'end' })
    await expect.poll(() => payloads(b).includes('end'), { timeout: 5_000 }).toBe(true)
    await expect.poll(() => payloads(d).includes('end'), { timeout: 5_000 }).toBe(true)
    expect(payloads(a)).toEqual(['end']) // excluded from "hello"
    expect(payloads(b)).toEqual(['hello', 'end']) // other instance: once
    expect(payloads(d)).toEqual(['hello', 'end']) // same instance: once, not twice
    expect(payloads(c)).toEqual([]) // other room
  })
}

describe('in-memory bus (no Redis)', () => {
  scenarios(() => {
    const shared = new MemoryBus()
    return [shared, shared]
  })
})

describe('RedisBus (real Redis)', () => {
  let redis: RedisServer
  beforeAll(async () => { redis = await startRedisServer() })
  afterAll(() => redis.stop())

  scenarios(() => new RedisBus(redis.url))

  it('drops malformed bus messages', async () => {
    const bus = new RedisBus(redis.url)
    buses.push(bus)
    const got: unknown[] = []
    await bus.subscribe(m => got.push(m.payload))
    const admin = new Redis(redis.url)
    try {
      await admin.publish(bus.channel, 'not json')
      await bus.publish({ room: 'ai', payload: 'ok' })
      await expect.poll(() => got, { timeout: 5_000 }).toEqual(['ok'])
      expect(bus.dropped).toEqual(['not json'])
    }
    finally { await admin.quit() }
  })

  it('closes every connection it opened', async () => {
    const admin = new Redis(redis.url)
    try {
      const before = String(await admin.client('LIST')).trim().split('\n').length
      const bus = new RedisBus(redis.url)
      await bus.subscribe(() => {})
      await bus.publish({ room: 'ai', payload: 1 })
      await bus.close()
      await expect.poll(async () => String(await admin.client('LIST')).trim().split('\n').length, { timeout: 5_000 }).toBe(before)
    }
    finally { await admin.quit() }
  })
})
