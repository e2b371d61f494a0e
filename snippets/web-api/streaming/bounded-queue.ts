// Explicit backpressure for producers that do not feel the consumer's pace (emitters, callbacks,
// separate tasks): asyncio.Queue(maxsize=20) by hand. Browser-safe.
import type { Context } from 'hono'
import { streamSSE } from 'hono/streaming'

export class AsyncQueue<T> {
  readonly #items: T[] = []
  readonly #waiters: (() => void)[] = [] // blocked puts and gets, woken on every change
  readonly #capacity: number
  #closed = false
  #error: Error | undefined
  constructor(capacity = 20) { this.#capacity = capacity }
  get size() { return this.#items.length }
  #wake() { for (const wake of this.#waiters.splice(0)) wake() }
  #wait() { return new Promise<void>(resolve => this.#waiters.push(resolve)) }
  // #region async-queue
  async put(item: T) {
    while (this.#items.length >= this.#capacity && !this.#closed)
      await this.#wait() // full: the producer waits here
    if (this.#error) throw this.#error
    if (this.#closed) throw new Error('queue closed')
    this.#items.push(item)
    this.#wake()
  }
  async get(): Promise<IteratorResult<T, undefined>> {
    while (!this.#items.length && !this.#closed) await this.#wait() // empty
    if (this.#error) throw this.#error
    const item = this.#items.shift()
    this.#wake()
    return item === undefined ? { done: true, value: undefined } : { value: item }
  }
  close() { this.#closed = true; this.#wake() } // the sentinel: drain, then done
  abort(error: Error) { this.#error = error; this.close() } // wakes all, with error
  // #endregion async-queue
}

const LEFT = new Error('consumer left')
const SAFE = 'Stream failed'
const failed = (cause: unknown) => new Error('producer failed', { cause })

export type Producer = (put: (item: string) => Promise<void>, signal: AbortSignal) => Promise<void>

// #region producer-consumer
export function queuedSse(c: Context, produce: Producer, capacity = 20) {
  const queue = new AsyncQueue<string>(capacity)
  const producer = new AbortController()
  produce(item => queue.put(item), producer.signal) // at its own pace...
    .then(() => queue.close(), (err: unknown) => queue.abort(failed(err)))
  return streamSSE(c, async (stream) => {
    stream.onAbort(() => { producer.abort(); queue.abort(LEFT) })
    try {
      for (let r = await queue.get(); !r.done; r = await queue.get())
        await stream.writeSSE({ data: r.value }) // ...but waits when 20 ahead
    }
    catch { // a safe message only; the cause goes to the log
      if (!stream.aborted) await stream.writeSSE({ event: 'error', data: SAFE })
    }
  })
}
// #endregion producer-consumer
