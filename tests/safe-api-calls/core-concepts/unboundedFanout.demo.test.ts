import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('plain fetch fans out to ~100 sockets; the pool holds the vendor at 10', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/core-concepts/unboundedFanout.demo.ts'))
  expect(lines).toEqual([
    'plain fetch         : 100 answers | vendor saw ~100 sockets at once',
    'Pool, 10 connections: 100 answers | vendor saw 10 sockets at once | queued in waves: 3 s or more',
  ])
})
