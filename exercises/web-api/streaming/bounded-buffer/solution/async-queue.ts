// Exercise: a bounded async queue (asyncio.Queue(maxsize=...) for Node).
// Run: npm run exercise -- web-api/streaming/bounded-buffer

export class AsyncQueue<T> {
  readonly #items: T[] = []
  readonly #getters: (() => void)[] = [] // consumers waiting for an item
  readonly #putters: (() => void)[] = [] // producers waiting for room
  readonly #capacity: number
  #closed = false
  #error: Error | undefined
  constructor(capacity: number) { this.#capacity = capacity }

  get size() { return this.#items.length }

  /** Waits while the queue is full; throws if closed or aborted. */
  async put(item: T): Promise<void> {
    while (this.#items.length >= this.#capacity && !this.#closed)
      await new Promise<void>(resolve => this.#putters.push(resolve))
    if (this.#error) throw this.#error
    if (this.#closed) throw new Error('queue closed')
    this.#items.push(item)
    this.#getters.shift()?.()
  }

  /** Waits while empty; after close() it drains, then returns done; rethrows an abort error. */
  async get(): Promise<IteratorResult<T, undefined>> {
    while (!this.#items.length && !this.#closed)
      await new Promise<void>(resolve => this.#getters.push(resolve))
    if (this.#error) throw this.#error
    const item = this.#items.shift()
    this.#putters.shift()?.() // a slot is free
    return item === undefined ? { done: true, value: undefined } : { done: false, value: item }
  }

  /** The sentinel: no more puts; consumers drain what is left, then get done. */
  close(): void {
    this.#closed = true
    for (const wake of this.#getters.splice(0)) wake()
    for (const wake of this.#putters.splice(0)) wake()
  }

  /** Wakes every blocked producer and consumer; their put/get reject with `error`. */
  abort(error: Error): void {
    this.#error = error
    this.close()
  }
}
