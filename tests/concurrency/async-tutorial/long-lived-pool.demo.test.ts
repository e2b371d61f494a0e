import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the demo compares 20 per-call pools with one shared pool', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/async-tutorial/long-lived-pool.demo.ts'))
  expect(lines[0]).toBe('20 tasks: 20 pools per call vs 1 shared pool of 2 threads')
  expect(lines[1]).toMatch(/^the shared pool was (not )?faster \(\d+x\)$/) // timing printed, not asserted
})
