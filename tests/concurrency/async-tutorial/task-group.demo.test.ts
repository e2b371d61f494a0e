import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo shows B failing, A and C cancelled, then the group throwing; and an all-success run', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/task-group.demo.ts'))
  expect(lines).toEqual([
    'B: fails',
    'A: cancelled',
    'C: cancelled',
    'group threw after all settled: Error: B failed',
    'B: done',
    'A: done',
    'all succeed: A, B',
  ])
})
