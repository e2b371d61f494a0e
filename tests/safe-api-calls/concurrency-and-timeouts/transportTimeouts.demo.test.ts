import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('one fault per transport phase, each named by its code; the steady stream completes', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/concurrency-and-timeouts/transportTimeouts.demo.ts'))
  expect(lines).toEqual([
    'TLS never answers          connect-timeout <- fetch failed',
    'headers after 2 s          headers-timeout <- fetch failed',
    'body stalls after 10 bytes body-timeout <- terminated',
    'a chunk every 200 ms       completed (11 events)',
  ])
})
