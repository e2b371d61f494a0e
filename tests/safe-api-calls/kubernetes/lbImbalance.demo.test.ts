import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the balancer demo contrasts blind routing with fast rejection', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/kubernetes/lbImbalance.demo.ts'))
  expect(lines).toEqual([
    'random routing, queue forever: deepest queue per pod [53, 2, 1, 2, 1]',
    '  p99 26.0 s, fast 503s 0, failed 0',
    'fast 503 at 4 waiting + 1 retry: deepest queue per pod [4, 2, 1, 2, 1]',
    '  p99 3.0 s, fast 503s 46, failed 0',
  ])
})
