import { afterEach, describe, expect, it } from 'vitest'
import heavyTask, { createHeavyPool, heavy, runHeavy } from '../../../snippets/concurrency/workers-and-processes/cpu-pool.ts'
import type { HeavyPool } from '../../../snippets/concurrency/workers-and-processes/cpu-pool.ts'

describe('cpu-pool (piscina)', () => {
  let pool: HeavyPool | undefined
  afterEach(async () => {
    await pool?.destroy()
    pool = undefined
  })

  it('the four results equal the main-thread computation exactly', async () => {
    pool = createHeavyPool(2)
    const ns = [300_000, 350_000, 400_000, 450_000]
    const lines: string[] = []
    const results = await runHeavy(pool, ns, line => lines.push(line))
    expect(results.map(r => r.n)).toEqual(ns) // input order
    expect(results.map(r => r.value)).toEqual(ns.map(heavy)) // bit for bit: same code, same doubles
    expect([...lines].sort()).toEqual(ns.map(n => `heavy(${n}) = ${heavy(n).toFixed(2)}`).sort())
  })

  it('never runs more threads than configured, and none of them is the main thread', async () => {
    pool = createHeavyPool(2)
    const results = await runHeavy(pool, Array.from({ length: 12 }, () => 20_000), () => {})
    const ids = new Set(results.map(r => r.threadId))
    expect(ids.size).toBeGreaterThanOrEqual(1)
    expect(ids.size).toBeLessThanOrEqual(2)
    expect(ids.has(0)).toBe(false) // threadId 0 is the main thread
    expect(pool.threads.length).toBeLessThanOrEqual(2)
    expect(pool.maxThreads).toBe(2)
  })

  it('the task is the plain function on the main thread too', () => {
    expect(heavyTask({ n: 3 })).toEqual({ n: 3, value: heavy(3), threadId: expect.any(Number) as number })
    expect(heavy(0)).toBe(0)
  })
})
