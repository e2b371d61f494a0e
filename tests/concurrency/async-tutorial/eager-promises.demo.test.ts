import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo shows the eager call starting at once and the thunk only when called', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/eager-promises.demo.ts'))
  expect(lines).toEqual([
    'fetchData(1): started',
    'caller: got a Promise back, nothing awaited yet',
    'caller: made a thunk, nothing started',
    '--- now the thunk is called ---',
    'fetchData(2): started',
    'results: data 1, data 2',
  ])
})
