// Exercise: a bounded async queue (asyncio.Queue(maxsize=...) for Node).
// Run: npm run exercise -- web-api/streaming/bounded-buffer

export class AsyncQueue<T> {
  readonly #items: T[] = []
  readonly #getters: (() => void)[] = [] // consumers waiting for an item
  // TODO: a second array for producers waiting for room
  readonly #capacity: number
  #closed = false
  constructor(capacity: number) { this.#capacity = capacity }

  get size() { return this.#items.length }

  /** TODO: wait while the queue is full (size === capacity); throw if closed or aborted. */
  async put(item: T): Promise<void> {
    void this.#capacity
    this.#items.push(item)
    this.#getters.shift()?.()
  }

  /** Waits while empty; after close() it drains, then returns done. TODO: rethrow an abort error. */
  async get(): Promise<IteratorResult<T, undefined>> {
    while (!this.#items.length && !this.#closed)
      await new Promise<void>(resolve => this.#getters.push(resolve))
    const item = this.#items.shift()
    // TODO: a slot is free: wake one waiting producer
    return item === undefined ? { done: true, value: undefined } : { done: false, value: item }
  }

  /** The sentinel: no more puts; consumers drain what is left, then get done. */
  close(): void {
    this.#closed = true
    for (const wake of this.#getters.splice(0)) wake()
  }

  /** TODO: wake every blocked producer AND consumer; their put/get reject with `error`. */
  abort(error: Error): void {
    void error
  }
}
