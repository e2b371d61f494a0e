// Past one process every instance has its own Map of sockets: a message bus carries broadcasts
// between instances, and each instance delivers to its LOCAL sockets only.
import { Redis } from 'ioredis'
import { z } from 'zod'
import type { Log, RoomManager, RoomPublish } from './connection-manager.ts'

// #region bus-interface
export const BusMessage = z.object({
  room: z.string(), payload: z.unknown(), exclude: z.string().optional(),
})
export type BusMessage = z.infer<typeof BusMessage>
export interface Bus {
  publish: (message: BusMessage) => Promise<void>
  subscribe: (deliver: (message: BusMessage) => void) => Promise<void>
  close: () => Promise<void>
}
/** Publish, and deliver only what comes back from the bus: never locally first. */
export async function bridgeRooms(bus: Bus, rooms: RoomManager, log: Log = () => {}): Promise<RoomPublish> {
  await bus.subscribe(({ room, payload, exclude }) => { rooms.broadcastToRoom(room, payload, exclude) })
  return (room, payload, exclude) => {
    bus.publish({ room, payload, exclude }) // at-most-once: a failed publish is logged, not retried
      .catch((error: unknown) => log('bus_publish_failed', { error: String(error) }))
  }
}
// #endregion bus-interface

// #region memory-bus
/** One process, several "instances": tests and the browser slide. */
export class MemoryBus implements Bus {
  readonly #subscribers = new Set<(message: BusMessage) => void>()
  async publish(message: BusMessage) { // serialised like a real bus: no shared objects
    const wire = JSON.stringify(message)
    for (const deliver of this.#subscribers) queueMicrotask(() => deliver(BusMessage.parse(JSON.parse(wire))))
  }
  async subscribe(deliver: (message: BusMessage) => void) { this.#subscribers.add(deliver) }
  async close() { this.#subscribers.clear() }
}
// #endregion memory-bus

// #region redis-bus
export class RedisBus implements Bus {
  readonly publisher: Redis // a subscribing connection can do nothing else: two connections
  readonly subscriber: Redis
  readonly #log: Log
  readonly channel: string
  constructor(url: string, log: Log, channel = 'ws:broadcast') {
    this.channel = channel
    this.publisher = new Redis(url)
    this.subscriber = new Redis(url)
    this.#log = log
    for (const redis of [this.publisher, this.subscriber]) // ioredis reconnects by itself
      redis.on('error', (error: Error) => log('redis_error', { error: error.message }))
  }
  async publish(message: BusMessage) { await this.publisher.publish(this.channel, JSON.stringify(message)) }
  async subscribe(deliver: (message: BusMessage) => void) {
    this.subscriber.on('message', (_channel: string, raw: string) => {
      const parsed = BusMessage.safeParse(safeJson(raw))
      if (parsed.success) deliver(parsed.data)
      else this.#log('bus_message_dropped', { raw: raw.slice(0, 200) }) // malformed: drop, log
    })
    await this.subscriber.subscribe(this.channel) // resolves once Redis confirmed it
  }
  async close() {
    await this.subscriber.unsubscribe(this.channel) // stop deliveries first
    await Promise.all([this.subscriber.quit(), this.publisher.quit()])
  }
}
// #endregion redis-bus

function safeJson(raw: string): unknown {
  try { return JSON.parse(raw) }
  catch { return undefined }
}
