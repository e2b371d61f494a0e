import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('both connect stalls end in UND_ERR_CONNECT_TIMEOUT; no HTTP byte reached a server', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/timeouts/connect-timeout.demo.ts'))
  expect(lines).toEqual([
    'slow DNS   : fetch failed <- UND_ERR_CONNECT_TIMEOUT (phase connect)',
    'stalled TLS: fetch failed <- UND_ERR_CONNECT_TIMEOUT (phase connect)',
    'vendor saw 0 connections; the black hole accepted 1 (TCP only)',
  ])
})
