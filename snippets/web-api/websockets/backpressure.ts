// ws.send never waits: a slow client does not stall the others, but its unsent frames pile up in
// memory (bufferedAmount). Fan out without awaiting, skip, then evict slow consumers with 1013.
import { OPEN, type SocketLike } from './connection-manager.ts'

// #region limits
export const SOFT_LIMIT = 1024 * 1024 // 1 MiB buffered: skip non-essential messages
export const HARD_LIMIT = 2 * 1024 * 1024 // 2 MiB buffered: close with 1013
export const FLUSH_DEADLINE_MS = 5_000 // a send not flushed in 5 s: close with 1013
// #endregion limits

export type Delivery = 'sent' | 'skipped' | 'evicted'

// #region bounded-send
export function boundedSend(socket: SocketLike, data: string, essential: boolean,
  onFlushed?: (err?: Error) => void): Delivery {
  if (socket.readyState !== OPEN) return 'evicted'
  if (socket.bufferedAmount + data.length >= HARD_LIMIT) {
    socket.close(1013, 'slow consumer') // try again later, from a fresh connection
    return 'evicted'
  }
  if (!essential && socket.bufferedAmount >= SOFT_LIMIT) return 'skipped'
  socket.send(data, onFlushed) // the callback runs once the frame left the buffer
  return 'sent'
}
// #endregion bounded-send

export interface FanoutResult { sent: number, skipped: number, evicted: number }

// #region broadcast-timeout
export class Fanout {
  readonly clients = new Map<string, SocketLike>()
  readonly #stalled = new Map<string, ReturnType<typeof setTimeout>>()

  /** Synchronous: returns at once, whatever any client's network does. */
  broadcast(message: unknown, essential = true): FanoutResult {
    const data = JSON.stringify(message)
    const result: FanoutResult = { sent: 0, skipped: 0, evicted: 0 }
    for (const [id, socket] of this.clients) {
      const delivery = boundedSend(socket, data, essential, () => this.#flushed(id))
      result[delivery]++
      if (delivery === 'evicted') this.remove(id)
      else if (delivery === 'sent' && !this.#stalled.has(id)) this.#stalled.set(id,
        setTimeout(() => { socket.close(1013, 'send timeout'); this.remove(id) }, FLUSH_DEADLINE_MS))
    }
    return result
  }
  // #endregion broadcast-timeout
  #flushed(id: string): void { // progress: the next send arms a fresh deadline
    clearTimeout(this.#stalled.get(id))
    this.#stalled.delete(id)
  }
  remove(id: string): void {
    this.#flushed(id)
    this.clients.delete(id)
  }
}
