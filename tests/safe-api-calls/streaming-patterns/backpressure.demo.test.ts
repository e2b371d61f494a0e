import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('the slow-reader demo: bounded depth, vendor pushed back, bounded buffer, upstream closed', async () => {
  const lines = await captureConsole(() => import('../../../snippets/safe-api-calls/streaming-patterns/backpressure.demo.ts'))
  expect(lines).toEqual([
    'read 20 chunks; channel depth never above 10',
    'vendor hit backpressure: true; sent fewer than 700 of 1000',
    'buffered between vendor and reader: at most 10 chunks (160 KB), not 16 MB',
    'vendor request closed by the client: true',
  ])
})
