import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo shows the timer waiting for the crunch and the lag matching it', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/cpu-breaks-loop.demo.ts'))
  expect(lines).toEqual([
    'a 10 ms timer fired only after the crunch ended',
    'event-loop delay max ≈ the crunch duration: every request waited',
  ])
})
