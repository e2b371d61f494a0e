import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('a slot freed within the acquire timeout proceeds; a slow holder yields QueueTimeoutError', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/connection-pooling/pool-timeout.demo.ts'))
  expect(lines).toEqual([
    'holder done in 50 ms -> request proceeds',
    'holder done in 300 ms -> QueueTimeoutError: no free slot within 100 ms',
    'pool timeouts counted: 1',
  ])
}, 15_000)
