import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints a timeline where never more than 2 tasks run and every permit comes back', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/core-concepts/semaphore.demo.ts'))
  expect(lines).toEqual([
    't=  0 ms  A starts   (free 0, waiting 3)', // all five asked before A's await resumed
    't=  0 ms  B starts   (free 0, waiting 3)',
    't=100 ms  B finishes',
    't=100 ms  C starts   (free 0, waiting 2)',
    't=300 ms  C finishes',
    't=300 ms  D starts   (free 0, waiting 1)',
    't=400 ms  A finishes',
    't=400 ms  E starts   (free 0, waiting 0)',
    't=450 ms  D finishes',
    't=500 ms  E finishes',
    'done: free 2, waiting 0',
  ])
})
