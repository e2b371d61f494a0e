import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the steady stream completes, the stalled one fails after chunk 3 in the body phase', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/timeouts/body-timeout-resets.demo.ts'))
  expect(lines).toEqual([
    'steady (150 ms gaps): #1 #2 #3 #4 #5 #6 #7 #8 #9 #10 #11 -> done, 11 events in over 1.3 s',
    'stall after chunk 3:  #1 #2 #3 ... silence -> phase body',
  ])
})
