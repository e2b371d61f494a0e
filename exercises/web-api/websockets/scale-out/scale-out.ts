// A Redis implementation of the deck's Bus interface: every instance publishes to one channel and
// delivers only what comes back from Redis, so each message reaches each local socket once.
import { Redis } from 'ioredis'
import { BusMessage, type Bus } from '../../../../snippets/web-api/websockets/redis-bus.ts'

export class RedisBus implements Bus {
  readonly channel: string
  readonly dropped: string[] = [] // malformed bus messages, for the log
  readonly #publisher: Redis
  readonly #subscriber: Redis

  constructor(url: string, channel = 'ws:exercise') {
    this.channel = channel
    // TODO: how many connections does an instance need? (one is not enough)
    this.#publisher = new Redis(url)
    this.#subscriber = this.#publisher
  }

  /** Sends the message to every instance (this one included) through Redis. */
  async publish(message: BusMessage): Promise<void> {
    // TODO: publish JSON on this.channel
    void message
  }

  /** Calls `deliver` for each valid message coming back from Redis; drops malformed ones. */
  async subscribe(deliver: (message: BusMessage) => void): Promise<void> {
    // TODO: listen for 'message', parse with BusMessage.safeParse, deliver or push to `dropped`;
    //       then subscribe to this.channel
    void deliver
    void BusMessage
  }

  /** Unsubscribes and closes both connections. */
  async close(): Promise<void> {
    // TODO: unsubscribe, then quit every connection you opened
    await this.#publisher.quit()
  }
}
