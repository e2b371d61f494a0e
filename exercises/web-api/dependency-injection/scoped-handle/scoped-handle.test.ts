import { describe, expect, it } from 'vitest'
import { createApp, type Handle, type Pool } from './scoped-handle.ts'

function countingPool() {
  const released: number[] = []
  let acquired = 0
  const pool: Pool = {
    async acquire(): Promise<Handle> {
      const id = ++acquired
      let done = false
      return {
        id,
        async query(sql) {
          if (done)
            throw new Error(`handle #${id} used after release`)
          return `#${id}: ${sql}`
        },
        release() {
          done = true
          released.push(id)
        },
      }
    },
  }
  return { pool, released, open: () => acquired - released.length, acquired: () => acquired }
}

describe('withDbHandle', () => {
  it.each([['/ok', 200], ['/boom', 500], ['/private', 401]])('%s → %i, its one handle released once', async (path, status) => {
    const p = countingPool()
    const res = await createApp(p.pool).request(path)
    expect(res.status).toBe(status)
    expect(p.acquired()).toBe(1)
    expect(p.released).toEqual([1])
  })

  it('one handle per request across several requests', async () => {
    const p = countingPool()
    const app = createApp(p.pool)
    await Promise.all([app.request('/ok'), app.request('/boom'), app.request('/private', { headers: { 'x-user': 'a' } })])
    expect(p.acquired()).toBe(3)
    expect([...p.released].sort()).toEqual([1, 2, 3])
  })

  it('a streamed body keeps its handle until the last chunk, then releases it once', async () => {
    const p = countingPool()
    const res = await createApp(p.pool).request('/export')
    expect(p.open()).toBe(1)
    expect(await res.text()).toBe('#1: a\n#1: b\n#1: c\n')
    await expect.poll(() => p.open()).toBe(0)
    expect(p.released).toEqual([1])
  })

  it('a cancelled stream releases its handle too', async () => {
    const p = countingPool()
    const reader = (await createApp(p.pool).request('/export')).body!.getReader()
    await reader.read()
    await reader.cancel()
    await expect.poll(() => p.open()).toBe(0)
    expect(p.released).toEqual([1])
  })
})
