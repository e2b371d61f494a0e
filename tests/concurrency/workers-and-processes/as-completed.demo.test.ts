import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints nine successes and one failure in completion order, then input order', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/workers-and-processes/as-completed.demo.ts'))
  expect(lines).toEqual([
    'task 5 failed: Error: boom',
    'completion order: 4 2 7 5! 1 9 6 10 3 8',
    'input order: 1 4 9 16 err 36 49 64 81 100',
  ])
})
