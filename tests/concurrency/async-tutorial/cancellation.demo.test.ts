import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo shows the honouring task stopping at once and the other running to the end', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/cancellation.demo.ts'))
  expect(lines).toEqual([
    '--- cancel both ---',
    'honours: stopped at once',
    'ignoresSignal: ran to completion',
    'ignores: finished',
  ])
})
