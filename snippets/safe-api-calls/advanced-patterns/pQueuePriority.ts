// p-queue: the production pod-local priority queue. Its priority is INVERTED (higher runs first,
// unlike Python's PriorityQueue and BullMQ), a signal removes a waiting task, and its timeout
// rejects the caller without stopping a task that ignores its signal. Browser-runnable.
import PQueue from 'p-queue'

// #region pQueueSetup
export function llmQueue(permits: number): PQueue {
  return new PQueue({ concurrency: permits }) // backpressure: size, pending, onSizeLessThan(n)
}
export const PRIORITY = { realtime: 10, batch: 0 } as const // HIGHER number = sooner
// #endregion pQueueSetup

// #region inverted
/** Runs tasks through a queue of 1 and reports the order they ran in. */
export async function runOrder(tasks: { name: string, priority: number }[]): Promise<string[]> {
  const queue = new PQueue({ concurrency: 1, autoStart: false })
  const order: string[] = []
  const all = tasks.map(t => queue.add(async () => { order.push(t.name) }, { priority: t.priority }))
  queue.start()
  await Promise.all(all)
  return order // realtime (10) before batch (0): Python and BullMQ would say the opposite
}
// #endregion inverted
