import { afterEach, describe, expect, it } from 'vitest'
import type { Piscina } from 'piscina'
import scoreChunk, { chunk, chunkedMap, createChunkPool, score } from '../../../snippets/concurrency/workers-and-processes/chunking.ts'

describe('chunking', () => {
  let pool: Piscina<number[], number[]> | undefined
  afterEach(async () => {
    await pool?.destroy()
    pool = undefined
  })

  it('a million items go as exactly 200 tasks, and the result equals the direct computation', async () => {
    pool = createChunkPool(2)
    const items = Array.from({ length: 1_000_000 }, (_, i) => i)
    const result = await chunkedMap(pool, items, 5_000)
    expect(pool.completed).toBe(200) // piscina's own count of finished tasks
    expect(result).toHaveLength(1_000_000)
    expect(result).toEqual(items.map(score))
  })

  it('chunk() splits without losing or reordering items; the last chunk may be short', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(chunk([], 3)).toEqual([])
    expect(scoreChunk([1, 10])).toEqual([1, 3])
  })
})
