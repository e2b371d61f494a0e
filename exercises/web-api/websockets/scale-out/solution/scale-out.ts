// A Redis implementation of the deck's Bus interface: every instance publishes to one channel and
// delivers only what comes back from Redis, so each message reaches each local socket once.
import { Redis } from 'ioredis'
import { BusMessage, type Bus } from '../../../../../snippets/web-api/websockets/redis-bus.ts'

export class RedisBus implements Bus {
  readonly channel: string
  readonly dropped: string[] = [] // malformed bus messages, for the log
  readonly #publisher: Redis
  readonly #subscriber: Redis

  constructor(url: string, channel = 'ws:exercise') {
    this.channel = channel
    // A subscribing connection can do nothing else: publish on a second one.
    this.#publisher = new Redis(url)
    this.#subscriber = new Redis(url)
  }

  /** Sends the message to every instance (this one included) through Redis. */
  async publish(message: BusMessage): Promise<void> {
    await this.#publisher.publish(this.channel, JSON.stringify(message))
  }

  /** Calls `deliver` for each valid message coming back from Redis; drops malformed ones. */
  async subscribe(deliver: (message: BusMessage) => void): Promise<void> {
    this.#subscriber.on('message', (_channel: string, raw: string) => {
      let parsed: unknown
      try { parsed = JSON.parse(raw) }
      catch { parsed = undefined }
      const message = BusMessage.safeParse(parsed)
      if (message.success) deliver(message.data)
      else this.dropped.push(raw)
    })
    await this.#subscriber.subscribe(this.channel)
  }

  /** Unsubscribes and closes both connections. */
  async close(): Promise<void> {
    await this.#subscriber.unsubscribe(this.channel)
    await Promise.all([this.#subscriber.quit(), this.#publisher.quit()])
  }
}
