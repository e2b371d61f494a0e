import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the disconnect demo: the vendor sees the close at once, the permit is back, one disconnect counted', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/streaming-patterns/sseEndpoint.demo.ts'))
  expect(lines).toEqual([
    'vendor saw the close: yes, within 50 ms; generation stopped: true',
    'permits free: 2/2; client_disconnects_total 1; active_streams 0',
  ])
})
