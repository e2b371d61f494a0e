import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('under pressure 3 active and 7 pending inside undici; afterwards 3 idle, 3 created, no pool timeout', async () => {
  const lines = await captureConsole(() => import('../../../snippets/http-clients/connection-pooling/pool-metrics.demo.ts'))
  expect(lines).toEqual([
    'under pressure: active 3, idle 0, pending 7, created 3, pool timeouts 0',
    'after the burst: active 0, idle 3, pending 0, created 3, pool timeouts 0',
  ])
}, 15_000)
