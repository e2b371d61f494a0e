import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('in-flight follows latency under a rate limit; 3 permits pin it', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/core-concepts/rateIsNotConcurrency.demo.ts'))
  expect(lines).toEqual([
    'rate only, vendor  50 ms: max in flight fewer than 8',
    'rate only, vendor 1 s:    max in flight 8 or more',
    '+ 3 permits, vendor 1 s:  max in flight 3',
  ])
})
