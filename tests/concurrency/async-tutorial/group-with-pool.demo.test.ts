import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo shows three parallel jobs, then a failure that terminates the two siblings', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/group-with-pool.demo.ts'))
  expect(lines).toEqual([
    '3 jobs on 3 workers: A, B, C; ran in parallel: true',
    'group threw: Error: B failed',
    'workers terminated mid-task: 2',
  ])
})
