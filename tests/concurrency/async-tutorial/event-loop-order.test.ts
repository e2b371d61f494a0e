import { describe, expect, it } from 'vitest'
import { eventLoopOrder } from '../../../snippets/concurrency/async-tutorial/event-loop-order.ts'

describe('event-loop-order', () => {
  it('runs sync code, then nextTick, then the microtask, then the timer', async () => {
    const order: string[] = []
    await eventLoopOrder(line => order.push(line))
    expect(order).toEqual([
      'synchronous code',
      'process.nextTick (Node)',
      'promise.then (microtask)',
      'timeout (macrotask)',
    ])
  })
})
