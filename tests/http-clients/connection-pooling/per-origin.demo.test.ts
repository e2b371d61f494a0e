import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the fast vendor stays fast while the slow one is saturated at its limit', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/connection-pooling/per-origin.demo.ts'))
  expect(lines).toEqual([
    'fast vendor alone: answered',
    'fast vendor answered while the slow one had 0 of 10 done',
    'slow vendor: at most 5 in flight (its limit: 5)',
  ])
}, 15_000)
