import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints that /health waits inline and answers at once when offloaded', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/threads-processes-async/responsiveness.demo.ts'))
  expect(lines).toHaveLength(2)
  expect(lines[0]).toMatch(/^inline : \/health waited for \/compute \(\/health \d+ ms, \/compute \d+ ms\)$/)
  expect(lines[1]).toMatch(/^offload: \/health answered at once \(\/health \d+ ms, \/compute \d+ ms\)$/)
})
