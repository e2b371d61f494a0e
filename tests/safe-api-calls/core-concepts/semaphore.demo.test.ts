import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints a timeline where never more than 2 tasks run, in arrival order, and every permit comes back', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/core-concepts/semaphore.demo.ts'))
  expect(lines).toEqual([
    'A starts     (free 0, waiting 3)', // all five asked before A's await resumed
    'B starts     (free 0, waiting 3)',
    'B finishes',
    'C starts     (free 0, waiting 2)',
    'C finishes',
    'D starts     (free 0, waiting 1)',
    'A finishes',
    'E starts     (free 0, waiting 0)',
    'D finishes',
    'E finishes',
    'done         (free 2, waiting 0)',
  ])
})
