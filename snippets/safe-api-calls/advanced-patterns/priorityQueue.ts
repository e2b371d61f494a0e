// A pod-local priority queue built by hand: a min-heap on (priority, arrival), a size bound, a
// per-item deadline through its AbortSignal, and N workers (= permits). Not pod-aware: each pod
// orders only its own backlog. Browser-runnable. The library version: pQueuePriority.ts.
import { RejectedError } from '../call-patterns/errors.ts'

export class QueueFullError extends RejectedError {
  constructor() { super('QueueFullError', 'QUEUE_FULL', 'priority queue full', 1_000) } // an early 429
}

interface Item {
  priority: number // lower = sooner (the guide's and BullMQ's convention)
  seq: number // arrival order: FIFO among equals (a heap alone is not stable)
  run: () => Promise<void>
  cancel: () => void
}

// #region minHeap
const before = (a: Item, b: Item) => a.priority - b.priority || a.seq - b.seq

export class MinHeap {
  readonly #items: Item[] = []
  get size(): number { return this.#items.length }
  push(item: Item): void { this.#items.push(item); this.#up(this.#items.length - 1) }
  pop(): Item | undefined { return this.removeAt(0) }
  remove(item: Item): void { const i = this.#items.indexOf(item); if (i >= 0) this.removeAt(i) }
  removeAt(i: number): Item | undefined {
    const items = this.#items
    const last = items.pop()
    if (i >= items.length || last === undefined) return last // it was the last one
    const out = items[i]; items[i] = last
    this.#down(i); this.#up(i)
    return out
  }
  // #endregion minHeap

  #swap(i: number, j: number): void { [this.#items[i], this.#items[j]] = [this.#items[j]!, this.#items[i]!] }
  #up(i: number): void {
    for (let p = (i - 1) >> 1; i > 0 && before(this.#items[i]!, this.#items[p]!) < 0; i = p, p = (i - 1) >> 1)
      this.#swap(i, p)
  }
  #down(i: number): void {
    for (;;) {
      const [l, r] = [2 * i + 1, 2 * i + 2]
      let m = i
      if (l < this.size && before(this.#items[l]!, this.#items[m]!) < 0) m = l
      if (r < this.size && before(this.#items[r]!, this.#items[m]!) < 0) m = r
      if (m === i) return
      this.#swap(i, m); i = m
    }
  }
}

export class PriorityQueue {
  readonly #heap = new MinHeap()
  readonly #maxSize: number
  readonly #workers: number
  #running = 0
  #seq = 0
  constructor(workers: number, maxSize: number) { this.#workers = workers; this.#maxSize = maxSize }
  get waiting(): number { return this.#heap.size }
  get running(): number { return this.#running }

  // #region submit
  /** Resolves with fn's result; rejects at once when full, or with the signal's reason while waiting. */
  submit<T>(fn: () => Promise<T>, priority: number, signal?: AbortSignal): Promise<T> {
    if (this.#heap.size >= this.#maxSize) return Promise.reject(new QueueFullError())
    if (signal?.aborted) return Promise.reject(signal.reason)
    const { promise, resolve, reject } = Promise.withResolvers<T>()
    const onAbort = () => { this.#heap.remove(item); reject(signal?.reason) } // stale: leave now
    const item: Item = {
      priority, seq: this.#seq++,
      run: () => fn().then(resolve, reject), // one item's failure rejects only its own promise
      cancel: () => signal?.removeEventListener('abort', onAbort),
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    this.#heap.push(item)
    this.#pump()
    return promise
  }
  // #endregion submit

  // #region workers
  #pump(): void {
    while (this.#running < this.#workers) { // workers = permits, not one worker
      const item = this.#heap.pop()
      if (!item) return
      item.cancel() // running now: the queue deadline no longer applies
      this.#running++
      void item.run().finally(() => { this.#running--; this.#pump() })
    }
  }
  // #endregion workers
}
