import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo shows the orphan finishing after the caller returned', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/promise-all-orphans.demo.ts'))
  expect(lines).toEqual([
    'caller: gave up at the first failure (Error: reserve: out of stock)',
    'caller: returned an error response',
    'charge: card charged (nobody is listening any more)',
  ])
})
