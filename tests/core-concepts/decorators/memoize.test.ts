import { describe, expect, it, vi } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { MAX_SIZE, memoize } from '../../../snippets/core-concepts/decorators/memoize.ts'

describe('memoize: a bounded lru_cache analog', () => {
  it('a second call with equal arguments does not call the original', () => {
    const original = vi.fn((a: number, b: number) => a + b)
    const add = memoize(original)
    expect(add(2, 3)).toBe(5)
    expect(add(2, 3)).toBe(5)
    expect(original).toHaveBeenCalledTimes(1)
    expect(add(3, 2)).toBe(5) // different arguments, different key
    expect(original).toHaveBeenCalledTimes(2)
  })

  it('with maxSize 2, a third distinct key evicts the least recently used one', () => {
    const original = vi.fn((key: string) => key.toUpperCase())
    const upper = memoize(original, { maxSize: 2 })
    upper('a')
    upper('b')
    upper('a') // 'a' is now the most recently used; 'b' the least
    upper('c') // evicts 'b'
    expect(original).toHaveBeenCalledTimes(3)
    upper('a')
    upper('c')
    expect(original).toHaveBeenCalledTimes(3) // still cached
    upper('b')
    expect(original).toHaveBeenCalledTimes(4) // was evicted, computed again
  })

  it('is bounded by default, like lru_cache: 128 entries', () => {
    expect(MAX_SIZE).toBe(128)
    const original = vi.fn((n: number) => n)
    const id = memoize(original)
    for (let n = 0; n <= MAX_SIZE; n++)
      id(n) // 129 keys: 0 is evicted
    id(MAX_SIZE)
    expect(original).toHaveBeenCalledTimes(129)
    id(0)
    expect(original).toHaveBeenCalledTimes(130)
  })

  it('caches a resolved Promise: concurrent and later callers share one call', async () => {
    const original = vi.fn(async (id: string) => ({ id }))
    const load = memoize(original)
    const [a, b] = await Promise.all([load('1'), load('1')])
    expect(a).toBe(b)
    await load('1')
    expect(original).toHaveBeenCalledTimes(1)
  })

  it('does not cache a rejected Promise: the next call tries again', async () => {
    const error = new Error('flaky')
    const original = vi.fn()
      .mockRejectedValueOnce(error)
      .mockResolvedValueOnce('ok')
    const load = memoize((id: string): Promise<string> => original(id))
    await expect(load('1')).rejects.toBe(error)
    await expect(load('1')).resolves.toBe('ok')
    await expect(load('1')).resolves.toBe('ok')
    expect(original).toHaveBeenCalledTimes(2)
  })

  it('accepts a key function for arguments JSON cannot key well', () => {
    const original = vi.fn((user: { id: number, loadedAt: Date }) => user.id)
    const byId = memoize(original, { key: user => String(user.id) })
    byId({ id: 1, loadedAt: new Date(0) })
    byId({ id: 1, loadedAt: new Date(1) })
    expect(original).toHaveBeenCalledTimes(1)
  })

  it('the demo shows the underlying function ran once', async () => {
    const lines = await captureConsole(() => import('../../../snippets/core-concepts/decorators/memoize.demo.ts'))
    expect(lines).toEqual([
      'square(12) = 144',
      'square(12) = 144',
      'square(12) = 144',
      'slowSquare ran 1x',
    ])
  })
})
