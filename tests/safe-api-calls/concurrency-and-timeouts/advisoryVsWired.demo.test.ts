import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the race leaves the vendor working; the wired timeout closes the socket', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/concurrency-and-timeouts/advisoryVsWired.demo.ts'))
  expect(lines).toEqual([
    'race : we got CallTimeoutError | at 500 ms the vendor has 1 in flight, 1 socket open, saw 0 close',
    'wired: we got CallTimeoutError | at 500 ms the vendor has 0 in flight, 0 socket open, saw 1 close',
  ])
})
