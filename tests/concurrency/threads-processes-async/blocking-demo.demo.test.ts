import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints a frozen ticker for the busy loop and a ticking one for the sliced work', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/threads-processes-async/blocking-demo.demo.ts'))
  expect(lines).toEqual([
    '300 ms busy loop:    0 ticks',
    '300 ms in 10 ms slices: ticking (5 or more)',
  ])
})
