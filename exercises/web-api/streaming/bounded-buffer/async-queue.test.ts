import { describe, expect, it } from 'vitest'
import { AsyncQueue } from './async-queue.ts'

const tick = () => new Promise<void>(resolve => setTimeout(resolve, 0))

describe('AsyncQueue', () => {
  it('keeps a fast producer at most `capacity` items ahead of a slow consumer', async () => {
    const queue = new AsyncQueue<number>(5)
    let produced = 0
    let consumed = 0
    let maxAhead = 0
    const producer = (async () => {
      for (let i = 0; i < 50; i++) { await queue.put(i); produced++; maxAhead = Math.max(maxAhead, produced - consumed) }
      queue.close()
    })()
    const got: number[] = []
    for (let r = await queue.get(); !r.done; r = await queue.get()) { consumed++; got.push(r.value); await tick() }
    await producer
    expect(got).toEqual(Array.from({ length: 50 }, (_, i) => i))
    expect(maxAhead).toBeLessThanOrEqual(5)
  })

  it('close drains what is queued, then ends; put after close throws', async () => {
    const queue = new AsyncQueue<string>(3)
    await queue.put('a')
    await queue.put('b')
    queue.close()
    expect(await queue.get()).toEqual({ done: false, value: 'a' })
    expect(await queue.get()).toEqual({ done: false, value: 'b' })
    expect((await queue.get()).done).toBe(true)
    await expect(queue.put('c')).rejects.toThrow()
  })

  it('abort wakes blocked producers and consumers with the error', async () => {
    const full = new AsyncQueue<number>(1)
    await full.put(1)
    const blockedPut = full.put(2)
    const empty = new AsyncQueue<number>(1)
    const blockedGet = empty.get()
    full.abort(new Error('consumer left'))
    empty.abort(new Error('producer failed'))
    await expect(blockedPut).rejects.toThrow('consumer left')
    await expect(blockedGet).rejects.toThrow('producer failed')
  })
})
