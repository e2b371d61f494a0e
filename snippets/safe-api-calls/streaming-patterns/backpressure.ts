// Backpressure: a straight proxy needs no buffer (pull-based reads slow the vendor through TCP);
// a decoupled producer/consumer needs a BOUNDED channel and an explicit producer cancellation.
// The code is browser-safe; its test and demo run it over real sockets in Node.

// #region pullBased
/** Reads the next item only after the sink accepted the last one: the pace is the slowest reader's. */
export async function pipePulled<T>(source: AsyncIterable<T>, sink: (item: T) => Promise<void>): Promise<number> {
  let n = 0
  for await (const item of source) {
    await sink(item) // e.g. stream.writeSSE(): resolves when the socket drained
    n++
  }
  return n
}
// #endregion pullBased

// #region boundedChannel
/** asyncio.Queue(maxsize) for Node: push() waits while full; depth never exceeds capacity. */
export class BoundedChannel<T> {
  readonly capacity: number
  readonly #items: T[] = []
  #maxDepth = 0
  #closed = false
  #failure: { error: unknown } | undefined
  #wake: (() => void) | undefined // one side waits for the other at a time
  constructor(capacity: number) { this.capacity = capacity }
  get depth(): number { return this.#items.length }
  get maxDepth(): number { return this.#maxDepth }
  // #endregion boundedChannel

  // #region channelEnds
  async push(item: T, signal: AbortSignal): Promise<void> {
    while (this.#items.length >= this.capacity) await this.#wait(signal) // full: the producer waits
    this.#items.push(item)
    this.#maxDepth = Math.max(this.#maxDepth, this.#items.length)
    this.#poke()
  }
  end(failure?: { error: unknown }): void { this.#closed = true; this.#failure = failure; this.#poke() }

  async* [Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      const item = this.#items.shift()
      if (item !== undefined) { this.#poke(); yield item; continue }
      if (this.#failure) throw this.#failure.error
      if (this.#closed) return
      await this.#wait()
    }
  }
  // #endregion channelEnds

  #poke(): void { const wake = this.#wake; this.#wake = undefined; wake?.() }
  #wait(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason)
    const { promise, resolve, reject } = Promise.withResolvers<void>()
    const onAbort = () => reject(signal?.reason)
    signal?.addEventListener('abort', onAbort, { once: true })
    this.#wake = () => { signal?.removeEventListener('abort', onAbort); resolve() }
    return promise
  }
}

// #region cancelProducer
/** Producer task + consumer, the way the guide does it, with the cancellation it needs in `finally`. */
export async function* decoupled<T>(
  open: (signal: AbortSignal) => AsyncIterable<T>, capacity = 10, channel = new BoundedChannel<T>(capacity),
): AsyncGenerator<T> {
  const producer = new AbortController()
  const done = (async () => {
    try {
      for await (const item of open(producer.signal))
        await channel.push(item, producer.signal) // waits while the channel is full
      channel.end()
    }
    catch (error) { channel.end(producer.signal.aborted ? undefined : { error }) }
  })()
  try { yield* channel }
  finally {
    producer.abort(new Error('consumer stopped')) // the guide's producer_task.cancel()
    await done // never rejects: nothing unhandled
  }
}
// #endregion cancelProducer
