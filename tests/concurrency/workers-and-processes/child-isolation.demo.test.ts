import { expect, it } from 'vitest'
import { captureConsole } from '../../support/capture-console.ts'

it('prints the round trip, the crash exit code and the replacement\'s answer', async () => {
  const lines = await captureConsole(() => import('../../../snippets/concurrency/workers-and-processes/child-isolation.demo.ts'))
  expect(lines).toEqual([
    'child says: HELLO',
    'child exited: code 1, signal null',
    'replacement says: BACK',
  ])
})
