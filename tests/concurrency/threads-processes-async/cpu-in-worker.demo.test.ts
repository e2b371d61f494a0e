import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints both timings with their loop lag, and equal results', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/threads-processes-async/cpu-in-worker.demo.ts'))
  expect(lines).toHaveLength(3)
  expect(lines[0]).toMatch(/^main thread: \d+ ms, loop lag up to \d+ ms$/)
  expect(lines[1]).toMatch(/^pool of 2: {3}\d+ ms, loop lag up to \d+ ms$/)
  expect(lines[2]).toBe('same results: true')
})
