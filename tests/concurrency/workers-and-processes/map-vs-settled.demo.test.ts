import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints input order, the fail-fast rejection, the late counter and the settled outcomes', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/workers-and-processes/map-vs-settled.demo.ts'))
  expect(lines).toEqual([
    'map order: 1,4,9,16,25,36,49,64,81,100',
    'Promise.all: rejected: boom after 5 finished',
    'a moment later: 10 finished',
    'allSettled: 10 outcomes, 1 failed',
    '5 failed: Error: boom',
  ])
})
