import { describe, expect, it } from 'vitest'
import { Hono } from 'hono'
import { AsyncQueue, queuedSse } from '../../../snippets/web-api/streaming/bounded-queue.ts'
import type { Producer } from '../../../snippets/web-api/streaming/bounded-queue.ts'
import { sseReader } from './sse-reader.ts'

const tick = () => new Promise<void>(resolve => setTimeout(resolve, 0))

function appWith(produce: Producer) {
  const app = new Hono()
  app.get('/feed', c => queuedSse(c, produce))
  return app
}

describe('a bounded queue between producer and consumer', () => {
  it('keeps a fast producer at most 20 items ahead of a slow consumer', async () => {
    const queue = new AsyncQueue<number>(20)
    let produced = 0
    let consumed = 0
    let maxAhead = 0
    const producer = (async () => {
      for (let i = 0; i < 200; i++) { await queue.put(i); produced++; maxAhead = Math.max(maxAhead, produced - consumed) }
      queue.close()
    })()
    const got: number[] = []
    for (let r = await queue.get(); !r.done; r = await queue.get()) {
      consumed++
      got.push(r.value)
      await tick() // slow consumer
    }
    await producer
    expect(got).toEqual(Array.from({ length: 200 }, (_, i) => i))
    expect(maxAhead).toBeLessThanOrEqual(20)
  })

  it('the sentinel ends the SSE stream after every item', async () => {
    const app = appWith(async (put) => { for (let i = 0; i < 30; i++) await put(`item ${i}`) })
    const reader = sseReader(await app.request('/feed'))
    const data: string[] = []
    for (let r = await reader.read(); !r.done; r = await reader.read()) data.push(r.value.data)
    expect(data).toHaveLength(30)
    expect(data.at(-1)).toBe('item 29')
  })

  it('a producer error becomes an error event with a safe message', async () => {
    const app = appWith(async (put) => { await put('one'); throw new Error('db password wrong') })
    const reader = sseReader(await app.request('/feed'))
    const events = []
    for (let r = await reader.read(); !r.done; r = await reader.read()) events.push(r.value)
    expect(events.map(e => e.event ?? 'message')).toEqual(['message', 'error'])
    expect(events[1]?.data).toBe('Stream failed')
  })

  it('cancelling the consumer stops the producer (its signal fires)', async () => {
    const stopped = Promise.withResolvers<number>()
    const app = appWith(async (put, signal) => {
      let n = 0
      signal.addEventListener('abort', () => stopped.resolve(n))
      while (!signal.aborted) await put(`tick ${n++}`)
    })
    const reader = sseReader(await app.request('/feed'))
    for (let i = 0; i < 3; i++) await reader.read()
    await reader.cancel()
    const at = await stopped.promise
    expect(at).toBeLessThan(3 + 20 + 5) // read + capacity + what the pipes hold
  })

  it('abort wakes blocked producers and consumers with the error', async () => {
    const full = new AsyncQueue<number>(1)
    await full.put(1)
    const blockedPut = full.put(2)
    const empty = new AsyncQueue<number>(1)
    const blockedGet = empty.get()
    full.abort(new Error('stop'))
    empty.abort(new Error('stop'))
    await expect(blockedPut).rejects.toThrow('stop')
    await expect(blockedGet).rejects.toThrow('stop')
  })
})
