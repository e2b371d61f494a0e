import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints the sum of the waits for sequential, the longest wait for concurrent', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/threads-processes-async/io-concurrency.demo.ts'))
  expect(lines).toHaveLength(2)
  const sequentialMs = Number(lines[0]?.match(/^sequential: (\d+) ms$/)?.[1])
  const [, concurrentMs, results] = lines[1]?.match(/^concurrent: (\d+) ms, results (.*)$/) ?? []
  expect(sequentialMs).toBeGreaterThanOrEqual(995) // 5 × 200 ms, never less
  expect(Number(concurrentMs)).toBeGreaterThanOrEqual(195)
  expect(Number(concurrentMs)).toBeLessThan(sequentialMs / 2) // ~200 vs ~1000
  expect(results).toBe('1,2,3,4,5')
})
