import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'
import { heavy } from '../../../snippets/concurrency/workers-and-processes/cpu-pool.ts'

it('prints the four results, equal to the main thread, and both timings', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/workers-and-processes/cpu-pool.demo.ts'))
  expect(lines.slice(0, 4)).toEqual([300_000, 350_000, 400_000, 450_000].map(n => `heavy(${n}) = ${heavy(n).toFixed(2)}`))
  expect(lines[4]).toBe('same as the main thread: true')
  expect(lines[5]).toBe('threads used: at most 2')
  expect(lines[6]).toMatch(/^pool: \d+ ms, main thread: \d+ ms$/)
  expect(lines).toHaveLength(7)
})
