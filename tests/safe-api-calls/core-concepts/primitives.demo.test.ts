import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('shared deps hold the vendor at 5; per-request deps let 100 through on 100 sockets', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/core-concepts/primitives.demo.ts'))
  expect(lines).toEqual([
    'shared deps     : vendor max in flight 5, sockets opened 5',
    'per-request deps: vendor max in flight ~100, sockets opened 100',
  ])
})
