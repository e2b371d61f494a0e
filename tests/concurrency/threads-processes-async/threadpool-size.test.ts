import { describe, expect, it } from 'vitest'
import { completionOrder, hashesBeforeRead } from '../../../snippets/concurrency/threads-processes-async/threadpool-size.ts'

// Orderings, not wall-clock totals: the libuv pool queues in FIFO order, so whether a file read
// waits behind hashes depends only on the pool size, not on how busy the machine is.
describe('libuv thread pool size (child processes)', () => {
  it('default size 4: four concurrent hashes occupy every thread, the file read waits for one', async () => {
    const order = await completionOrder(4, 4)
    expect(order.filter(name => name === 'hash')).toHaveLength(4)
    expect(hashesBeforeRead(order)).toBeGreaterThanOrEqual(1)
  })

  it('UV_THREADPOOL_SIZE=8: four hashes leave threads free, the file read finishes first', async () => {
    const order = await completionOrder(8, 4)
    expect(hashesBeforeRead(order)).toBe(0)
  })

  it('UV_THREADPOOL_SIZE=8 with eight hashes: saturated again, the file read waits', async () => {
    const order = await completionOrder(8, 8)
    expect(order).toHaveLength(9)
    expect(hashesBeforeRead(order)).toBeGreaterThanOrEqual(1)
  })
})
